package org.repatria.ledger.cosignature;

/** Cosignatures are missing, too few, or do not verify; the message names the witnesses concerned. */
public final class CosignatureException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** A failure described for a person. */
    public CosignatureException(String message) {
        super(message);
    }
}
