package org.repatria.core.lifecycle;

/** A move is impossible; the message says why and which moves are allowed from the person's state. */
public final class MoveRefusedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** A refusal described for a person. */
    public MoveRefusedException(String message) {
        super(message);
    }
}
