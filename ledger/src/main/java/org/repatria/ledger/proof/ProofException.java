package org.repatria.ledger.proof;

/** A proof does not prove what it claims; the message says which check failed. */
public final class ProofException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** A failed proof check, described for a person. */
    public ProofException(String message) {
        super(message);
    }
}
