package org.repatria.ledger.merkle;

import java.util.ArrayList;
import java.util.List;

/** A HashStore in memory, for tests, benchmarks and rebuilding; 32 bytes per hash, about 2 hashes per leaf. */
public final class MemoryHashStore implements HashStore {
    private static final int CHUNK_HASHES = 1 << 15;

    private final List<List<byte[]>> levels = new ArrayList<>();
    private final List<Long> counts = new ArrayList<>();

    @Override
    public long leafCount() {
        return counts.isEmpty() ? 0 : counts.get(0);
    }

    @Override
    public Hash read(int level, long index) {
        if (level < 0 || level >= counts.size() || index < 0 || index >= counts.get(level)) {
            throw new MissingHashException(level, index, "the tree holds " + leafCount() + " leaves");
        }
        byte[] chunk = levels.get(level).get((int) (index / CHUNK_HASHES));
        return Hash.of(chunk, (int) (index % CHUNK_HASHES) * Hash.SIZE, Hash.SIZE);
    }

    @Override
    public void append(long leafIndex, List<Hash> completed) {
        if (leafIndex != leafCount()) {
            throw new IllegalArgumentException("leaf " + leafIndex + " appended to a store of " + leafCount());
        }
        for (int level = 0; level < completed.size(); level++) {
            put(level, leafIndex >> level, completed.get(level));
        }
    }

    private void put(int level, long index, Hash hash) {
        if (level == levels.size()) {
            levels.add(new ArrayList<>());
            counts.add(0L);
        }
        if (counts.get(level) != index) {
            throw new IllegalArgumentException("level " + level + " expects index " + counts.get(level) + ", got " + index);
        }
        List<byte[]> chunks = levels.get(level);
        if (index % CHUNK_HASHES == 0) {
            chunks.add(new byte[CHUNK_HASHES * Hash.SIZE]);
        }
        hash.copyTo(chunks.get(chunks.size() - 1), (int) (index % CHUNK_HASHES) * Hash.SIZE);
        counts.set(level, index + 1);
    }
}
