package org.repatria.ledger.merkle;

/** A subtree hash was asked for that the store does not hold (the tree is smaller, or the store lost it). */
public final class MissingHashException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Names the missing subtree; callers should check the tree size they asked about. */
    public MissingHashException(int level, long index, String why) {
        super("no hash for the subtree at level " + level + ", index " + index + ": " + why);
    }
}
