package org.repatria.ledger.merkle;

import java.util.ArrayList;
import java.util.List;

/**
 * An append-only RFC 9162 Merkle tree over a HashStore: append entries, get roots and proofs of any size.
 * Not thread-safe: one writer appends (the log serialises appends); proofs of published sizes may be read meanwhile
 * only if the store allows concurrent reads.
 */
public final class MerkleTree {
    private final HashStore store;

    /** A tree over the given store, continuing from the leaves it already holds. */
    public MerkleTree(HashStore store) {
        this.store = store;
    }

    /** A new empty tree in memory. */
    public static MerkleTree inMemory() {
        return new MerkleTree(new MemoryHashStore());
    }

    /** Number of leaves. */
    public long size() {
        return store.leafCount();
    }

    /** The store holding this tree's hashes, e.g. to publish tiles from. */
    public HashReader hashes() {
        return store;
    }

    /** Appends an entry (hashed as a leaf) and returns its index. */
    public long append(byte[] entry) {
        return appendLeafHash(TreeHash.leaf(entry));
    }

    /** Appends an already computed leaf hash and returns its index. */
    public long appendLeafHash(Hash leafHash) {
        long index = store.leafCount();
        List<Hash> completed = new ArrayList<>();
        completed.add(leafHash);
        Hash current = leafHash;
        // Leaf `index` completes the subtree at level l+1 whenever it is the right child at level l.
        for (int level = 0; ((index >> level) & 1) == 1; level++) {
            current = TreeHash.node(store.read(level, (index >> level) - 1), current);
            completed.add(current);
        }
        store.append(index, completed);
        return index;
    }

    /** The root of the current tree. */
    public Hash root() {
        return TreeMath.root(store, size());
    }

    /** The root of the tree as it was at {@code size} leaves. */
    public Hash root(long size) {
        requireAtMostSize(size);
        return TreeMath.root(store, size);
    }

    /** The inclusion proof of leaf {@code index} in the tree of {@code size} leaves. */
    public List<Hash> inclusionProof(long index, long size) {
        requireAtMostSize(size);
        return TreeMath.inclusion(store, index, size);
    }

    /** The consistency proof from the tree of {@code first} leaves to that of {@code second} leaves. */
    public List<Hash> consistencyProof(long first, long second) {
        requireAtMostSize(second);
        return TreeMath.consistency(store, first, second);
    }

    private void requireAtMostSize(long size) {
        if (size > size()) {
            throw new IllegalArgumentException("the tree has " + size() + " leaves, not " + size);
        }
    }
}
