package org.repatria.ledger.checkpoint;

/** A checkpoint is malformed or its signature does not verify; the message says which line or key. */
public final class CheckpointException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** A failure described for a person. */
    public CheckpointException(String message) {
        super(message);
    }

    /** A failure caused by a lower-level error. */
    public CheckpointException(String message, Throwable cause) {
        super(message, cause);
    }
}
