package org.repatria.server.log;

import java.util.Arrays;
import java.util.BitSet;
import java.util.Optional;
import org.repatria.ledger.merkle.Hash;
import org.repatria.ledger.merkle.HashReader;
import org.repatria.store.log.LogEntries;

/**
 * The stored subtree hashes (log_hashes) of a tree of {@code size} leaves, read in whatever order the store gives them
 * and placed by level and index, to be compared with the tree rebuilt from the entries. 32 bytes per stored hash.
 */
final class StoredHashes {
    private static final int CHUNK = 1 << 15; // hashes per array: 1 MiB
    private final long size;
    private final byte[][][] levels;
    private final BitSet[] seen;
    private Optional<String> stray = Optional.empty();

    private StoredHashes(long size) {
        this.size = size;
        int count = 64 - Long.numberOfLeadingZeros(size);
        this.levels = new byte[count][][];
        this.seen = new BitSet[count];
        for (int level = 0; level < count; level++) {
            long hashes = size >> level;
            levels[level] = new byte[(int) ((hashes + CHUNK - 1) / CHUNK)][];
            for (int c = 0; c < levels[level].length; c++) {
                levels[level][c] = new byte[(int) Math.min(CHUNK, hashes - (long) c * CHUNK) * Hash.SIZE];
            }
            seen[level] = new BitSet((int) hashes);
        }
    }

    /** Reads every stored hash row of the log whose signed size is {@code size}. */
    static StoredHashes read(LogEntries rows, long size) {
        StoredHashes stored = new StoredHashes(size);
        rows.forEachHash(stored::put);
        return stored;
    }

    private void put(LogEntries.HashRow row) {
        int level = row.level();
        long index = row.index();
        if (level < 0 || level >= levels.length || index < 0 || index >= size >> level || row.hash().length != Hash.SIZE
                || seen[level].get((int) index)) {
            stray = stray.or(() -> Optional.of("a row at level " + level + ", index " + index
                    + " that no complete subtree of the log has, or has twice"));
            return;
        }
        seen[level].set((int) index);
        System.arraycopy(row.hash(), 0, levels[level][(int) (index / CHUNK)], (int) (index % CHUNK) * Hash.SIZE, Hash.SIZE);
    }

    /** What differs from the rebuilt tree's hashes, if anything: a stray row, a missing one, or another hash. */
    Optional<String> difference(HashReader rebuilt) {
        if (stray.isPresent()) {
            return stray;
        }
        for (int level = 0; level < levels.length; level++) {
            long hashes = size >> level;
            for (long index = 0; index < hashes; index++) {
                if (!seen[level].get((int) index)) {
                    return Optional.of("no row at level " + level + ", index " + index);
                }
                int at = (int) (index % CHUNK) * Hash.SIZE;
                byte[] chunk = levels[level][(int) (index / CHUNK)];
                if (!Arrays.equals(chunk, at, at + Hash.SIZE, rebuilt.read(level, index).bytes(), 0, Hash.SIZE)) {
                    return Optional.of("the hash at level " + level + ", index " + index + " differs");
                }
            }
        }
        return Optional.empty();
    }
}
