package org.repatria.ledger.tile;

/** A tile or entry bundle is missing, malformed, or does not match the tree; the message names the resource. */
public final class TileException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final boolean missing;

    /** A failure described for a person. */
    public TileException(String message) {
        this(message, false);
    }

    private TileException(String message, boolean missing) {
        super(message);
        this.missing = missing;
    }

    /** The log does not serve a resource that the checkpoint requires. */
    static TileException missing(String path) {
        return new TileException("the log does not serve " + path + ", which its checkpoint requires", true);
    }

    /** Whether the failure is a missing resource (rather than one that does not match). */
    public boolean isMissing() {
        return missing;
    }
}
