package org.repatria.ledger.tile;

/** A tile or entry bundle is missing, malformed, or does not match the tree; the message names the resource. */
public final class TileException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** A failure described for a person. */
    public TileException(String message) {
        super(message);
    }
}
