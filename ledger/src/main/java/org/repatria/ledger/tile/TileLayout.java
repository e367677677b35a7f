package org.repatria.ledger.tile;

import java.util.ArrayList;
import java.util.List;

/** Which tiles a tree of a given size has (C2SP tlog-tiles, "Merkle Tree" and "Partial Tiles"). */
public final class TileLayout {
    private TileLayout() {
    }

    /** The tile at {@code level}, {@code index} as it is in a tree of {@code size}; empty tiles do not exist. */
    public static Tile tile(int level, long index, long size) {
        long hashes = hashesAtLevel(level, size);
        long start = index * Tile.WIDTH;
        if (start >= hashes) {
            throw new TileException("a tree of " + size + " entries has no tile " + index + " at level " + level);
        }
        return new Tile(level, index, (int) Math.min(Tile.WIDTH, hashes - start));
    }

    /** Every tile of a tree of {@code size} entries, level by level. */
    public static List<Tile> tiles(long size) {
        return changed(0, size);
    }

    /** The tiles a tree of {@code newSize} has that a tree of {@code oldSize} did not have (new or wider). */
    public static List<Tile> changed(long oldSize, long newSize) {
        if (oldSize < 0 || oldSize > newSize) {
            throw new TileException("a tree cannot grow from " + oldSize + " to " + newSize + " entries");
        }
        List<Tile> out = new ArrayList<>();
        for (int level = 0; hashesAtLevel(level, newSize) > 0; level++) {
            long oldHashes = hashesAtLevel(level, oldSize);
            long newHashes = hashesAtLevel(level, newSize);
            for (long index = oldHashes / Tile.WIDTH; index * Tile.WIDTH < newHashes; index++) {
                Tile tile = tile(level, index, newSize);
                if (index * Tile.WIDTH + tile.width() > oldHashes) {
                    out.add(tile);
                }
            }
        }
        return out;
    }

    /** Number of complete subtree hashes at tree level 8·level, i.e. floor(size / 256^level). */
    static long hashesAtLevel(int level, long size) {
        int shift = level * Tile.HEIGHT;
        return shift >= 64 ? 0 : size >>> shift;
    }
}
