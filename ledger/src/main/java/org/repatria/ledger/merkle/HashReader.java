package org.repatria.ledger.merkle;

/** Reads the hash of a complete subtree: level 0 are leaf hashes, level l covers 2^l leaves. */
@FunctionalInterface
public interface HashReader {
    /**
     * The Merkle tree hash of leaves [index·2^level, (index+1)·2^level).
     *
     * @throws MissingHashException when the subtree is not complete or not available
     */
    Hash read(int level, long index);
}
