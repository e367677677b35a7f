package org.repatria.ledger.tile;

import org.repatria.ledger.merkle.Hash;
import org.repatria.ledger.merkle.HashReader;
import org.repatria.ledger.merkle.MissingHashException;
import org.repatria.ledger.merkle.TreeHash;

/**
 * Complete-subtree hashes of a tree of a given size, read from its tiles: the node at tree level 8·L + r is the
 * Merkle tree hash of 2^r consecutive hashes of one tile at level L (C2SP tlog-tiles, "Merkle Tree").
 */
final class TileHashes implements HashReader {
    private final TileSource tiles;
    private final long size;

    TileHashes(TileSource tiles, long size) {
        this.tiles = tiles;
        this.size = size;
    }

    @Override
    public Hash read(int level, long index) {
        int tileLevel = level / Tile.HEIGHT;
        int r = level % Tile.HEIGHT;
        long first = index << r;
        int count = 1 << r;
        long tileIndex = first / Tile.WIDTH;
        int offset = (int) (first % Tile.WIDTH);
        if (TileLayout.hashesAtLevel(tileLevel, size) < first + count) {
            throw new MissingHashException(level, index, "a tree of " + size + " entries has no such complete subtree");
        }
        Tile tile = TileLayout.tile(tileLevel, tileIndex, size);
        return subtree(tiles.bytes(tile), offset, count);
    }

    /** The Merkle tree hash of {@code count} (a power of two) consecutive hashes of a tile, from {@code offset}. */
    static Hash subtree(byte[] tile, int offset, int count) {
        if (count == 1) {
            return Hash.of(tile, offset * Hash.SIZE, Hash.SIZE);
        }
        int half = count / 2;
        return TreeHash.node(subtree(tile, offset, half), subtree(tile, offset + half, half));
    }

    /** Where tile bytes come from (checked for length). */
    @FunctionalInterface
    interface TileSource {
        byte[] bytes(Tile tile);
    }
}
