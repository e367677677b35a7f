package org.repatria.ledger.merkle;

import java.util.List;

/**
 * Storage of a tree's complete-subtree hashes at every level, so that any root and any proof
 * needs only O(log n) reads. A database-backed store implements this for the server.
 */
public interface HashStore extends HashReader {
    /** Number of leaves whose hashes are stored. */
    long leafCount();

    /**
     * Stores the hashes that leaf number {@code leafIndex} completes, atomically:
     * {@code completed.get(l)} is the subtree hash at level l, index {@code leafIndex >> l}.
     * Called with {@code leafIndex == leafCount()} only.
     */
    void append(long leafIndex, List<Hash> completed);
}
