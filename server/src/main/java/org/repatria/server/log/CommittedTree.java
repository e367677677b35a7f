package org.repatria.server.log;

import java.util.List;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Function;
import org.repatria.ledger.checkpoint.SignedCheckpoint;
import org.repatria.ledger.merkle.HashReader;
import org.repatria.ledger.merkle.MemoryHashStore;

/**
 * The committed tree: every complete-subtree hash of the durable entries, and the checkpoint that signs them.
 * Readers (tiles, proofs) share it; the appender changes it only after a batch is committed.
 */
final class CommittedTree {
    private final MemoryHashStore hashes = new MemoryHashStore();
    private final ReadWriteLock lock = new ReentrantReadWriteLock();
    private SignedCheckpoint checkpoint;

    CommittedTree(SignedCheckpoint empty) {
        this.checkpoint = empty;
    }

    /** Runs {@code read} on the committed hashes and checkpoint, with no batch half-applied. */
    <T> T read(Function<View, T> read) {
        lock.readLock().lock();
        try {
            return read.apply(new View(hashes, checkpoint));
        } finally {
            lock.readLock().unlock();
        }
    }

    /** The committed hashes, unlocked: only for the appender, the one thread that changes them. */
    HashReader committed() {
        return hashes;
    }

    /** The current checkpoint. */
    SignedCheckpoint checkpoint() {
        lock.readLock().lock();
        try {
            return checkpoint;
        } finally {
            lock.readLock().unlock();
        }
    }

    /** Appends a stored entry's leaf while rebuilding the tree at start (before any reader or appender runs). */
    void rebuild(byte[] entry) {
        new org.repatria.ledger.merkle.MerkleTree(hashes).append(entry);
    }

    /** Sets the checkpoint found in storage once the rebuilt tree matched it. */
    void restored(SignedCheckpoint stored) {
        checkpoint = stored;
    }

    /** Adds a committed batch's hashes and its checkpoint. */
    void commit(List<BatchHashes.Appended> appended, SignedCheckpoint newCheckpoint) {
        lock.writeLock().lock();
        try {
            appended.forEach(a -> hashes.append(a.leafIndex(), a.completed()));
            checkpoint = newCheckpoint;
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** The committed hashes (for the single appender, which alone changes them) and the current checkpoint. */
    record View(HashReader hashes, SignedCheckpoint checkpoint) {
        long size() {
            return checkpoint.checkpoint().size();
        }
    }
}
