package org.repatria.ledger.note;

/** A note, key string or signature is malformed or does not verify; the message says which and why. */
public final class NoteException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** A failure described for a person. */
    public NoteException(String message) {
        super(message);
    }

    /** A failure caused by a lower-level error. */
    public NoteException(String message, Throwable cause) {
        super(message, cause);
    }
}
