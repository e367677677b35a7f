package org.repatria.core.handover;

/** A handover record breaks a rule; the message says which and what the caller can do. */
public final class HandoverException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** A failure described for a person. */
    public HandoverException(String message) {
        super(message);
    }
}
