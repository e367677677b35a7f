package org.repatria.ledger.tile;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.LongFunction;
import org.repatria.ledger.merkle.Hash;
import org.repatria.ledger.merkle.HashReader;

/** Produces the static resources of a tiled log: hash tiles from the tree's stored hashes, entry bundles from entries. */
public final class Publisher {
    private Publisher() {
    }

    /**
     * Hands {@code sink} every hash tile and entry bundle a checkpoint of {@code newSize} needs that one of
     * {@code oldSize} did not (new tiles, and partial tiles that grew), as (path, bytes).
     *
     * @param hashes the tree's complete-subtree hashes, holding at least {@code newSize} leaves
     * @param entry the entry at an index, exactly as it was hashed into the tree
     */
    public static void publish(HashReader hashes, LongFunction<byte[]> entry, long oldSize, long newSize,
            BiConsumer<String, byte[]> sink) {
        for (Tile tile : TileLayout.changed(oldSize, newSize)) {
            sink.accept(tile.path(), hashTile(hashes, tile));
            if (tile.level() == 0) {
                sink.accept(tile.entriesPath(), entryBundle(entry, tile));
            }
        }
    }

    /** The bytes of a hash tile: its hashes, 32 bytes each, concatenated. */
    public static byte[] hashTile(HashReader hashes, Tile tile) {
        byte[] out = new byte[tile.width() * Hash.SIZE];
        int treeLevel = tile.level() * Tile.HEIGHT;
        long first = tile.index() * Tile.WIDTH;
        for (int i = 0; i < tile.width(); i++) {
            hashes.read(treeLevel, first + i).copyTo(out, i * Hash.SIZE);
        }
        return out;
    }

    /** The bytes of the entry bundle of a level-0 tile. */
    public static byte[] entryBundle(LongFunction<byte[]> entry, Tile tile) {
        List<byte[]> entries = new ArrayList<>(tile.width());
        long first = tile.index() * Tile.WIDTH;
        for (int i = 0; i < tile.width(); i++) {
            entries.add(entry.apply(first + i));
        }
        return EntryBundle.encode(entries);
    }
}
