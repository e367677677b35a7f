package org.repatria.server.log;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.repatria.ledger.merkle.Hash;
import org.repatria.ledger.merkle.HashReader;
import org.repatria.ledger.merkle.HashStore;

/**
 * The hashes a batch adds, kept apart from the committed tree until the batch is durable: reads fall through to the
 * committed hashes, so a failed transaction leaves the tree as it was.
 */
final class BatchHashes implements HashStore {
    /** One appended leaf and the subtree hashes it completed (level 0 first). */
    record Appended(long leafIndex, List<Hash> completed) {
    }

    private final HashReader committed;
    private final long committedSize;
    private final Map<Long, Hash> added = new HashMap<>();
    private final List<Appended> appended = new ArrayList<>();

    BatchHashes(HashReader committed, long committedSize) {
        this.committed = committed;
        this.committedSize = committedSize;
    }

    @Override
    public long leafCount() {
        return committedSize + appended.size();
    }

    @Override
    public Hash read(int level, long index) {
        Hash hash = added.get(key(level, index));
        return hash != null ? hash : committed.read(level, index);
    }

    @Override
    public void append(long leafIndex, List<Hash> completed) {
        for (int level = 0; level < completed.size(); level++) {
            added.put(key(level, leafIndex >> level), completed.get(level));
        }
        appended.add(new Appended(leafIndex, List.copyOf(completed)));
    }

    List<Appended> appended() {
        return appended;
    }

    // Levels fit in 6 bits and indexes in 58 for any log this server can hold.
    private static long key(int level, long index) {
        return (index << 6) | level;
    }
}
