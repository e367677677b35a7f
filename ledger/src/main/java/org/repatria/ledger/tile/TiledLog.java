package org.repatria.ledger.tile;

import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.ObjLongConsumer;
import org.repatria.ledger.checkpoint.Checkpoint;
import org.repatria.ledger.checkpoint.SignedCheckpoint;
import org.repatria.ledger.merkle.Hash;
import org.repatria.ledger.merkle.HashReader;
import org.repatria.ledger.merkle.TreeHash;
import org.repatria.ledger.merkle.TreeMath;
import org.repatria.ledger.note.NoteVerifier;
import org.repatria.ledger.proof.Proofs;

/**
 * A client of a C2SP tiled log reached through a {@link Fetcher}: verifies its checkpoint, reads tiles and entries,
 * and checks that entries hash into the tiles and the tiles into the checkpoint's root.
 */
public final class TiledLog {
    private final Fetcher fetcher;
    // Tiles above level 0 and partial tiles are kept (about size/8 bytes): once checked, the same bytes are used for
    // every later check, so a server cannot swap a tile after it was verified.
    private final Map<String, byte[]> cache = new HashMap<>();

    /** A client reading through {@code fetcher}. */
    public TiledLog(Fetcher fetcher) {
        this.fetcher = fetcher;
    }

    /**
     * Fetches {@code checkpoint} and verifies the log's signature on it.
     *
     * @throws org.repatria.ledger.checkpoint.CheckpointException when it is malformed or not signed by {@code logKey}
     */
    public SignedCheckpoint checkpoint(NoteVerifier logKey) {
        return SignedCheckpoint.open(fetch("checkpoint"), logKey);
    }

    /** Complete-subtree hashes of the tree of {@code size} entries, from its tiles (not yet checked against a root). */
    public HashReader hashes(long size) {
        return new TileHashes(this::tileBytes, size);
    }

    /** The root of the tree of {@code size} entries as computed from its tiles. */
    public Hash root(long size) {
        return TreeMath.root(hashes(size), size);
    }

    /**
     * The entry at {@code index}, checked by an inclusion proof (built from tiles) against the checkpoint's root.
     *
     * @throws org.repatria.ledger.proof.ProofException when the entry or the tiles do not match the root
     */
    public byte[] entry(long index, Checkpoint checkpoint) {
        if (index < 0 || index >= checkpoint.size()) {
            throw new TileException("entry " + index + " is not in the log's " + checkpoint.size() + " entries");
        }
        Tile tile = TileLayout.tile(0, index / Tile.WIDTH, checkpoint.size());
        List<byte[]> entries = EntryBundle.decode(fetch(tile.entriesPath()), tile.entriesPath());
        int position = (int) (index % Tile.WIDTH);
        if (entries.size() != tile.width()) {
            throw new TileException(tile.entriesPath() + " holds " + entries.size() + " entries, not " + tile.width());
        }
        byte[] entry = entries.get(position);
        Proofs.verifyInclusion(TreeHash.leaf(entry), index, checkpoint.size(), inclusionProof(index, checkpoint.size()),
                checkpoint.root());
        return entry;
    }

    /** The inclusion proof of leaf {@code index} in the tree of {@code size}, built from tiles. */
    public List<Hash> inclusionProof(long index, long size) {
        return TreeMath.inclusion(hashes(size), index, size);
    }

    /**
     * Checks that the log at {@code newer} extends the tree of {@code older}, with a consistency proof built from
     * the newer tree's tiles.
     *
     * @throws org.repatria.ledger.proof.ProofException when it does not: the log was rewritten or shows a split view
     */
    public List<Hash> verifyConsistency(Checkpoint older, Checkpoint newer) {
        List<Hash> proof = older.size() > newer.size() || older.size() == 0 ? List.of()
                : TreeMath.consistency(hashes(newer.size()), older.size(), newer.size());
        Proofs.verifyConsistency(older.size(), newer.size(), older.root(), newer.root(), proof);
        return proof;
    }

    /**
     * Reads every tile and entry bundle of the checkpoint's tree and checks them: the tiles against the checkpoint's
     * root first, then each full tile, top level down, against its hash in the tile above, and each entry against its
     * leaf hash. An entry is handed to {@code visitor} only once it is proven to be in the checkpoint's tree.
     *
     * @throws TileException naming the first resource that does not match
     */
    public void verifyAll(Checkpoint checkpoint, ObjLongConsumer<byte[]> visitor) {
        HashReader hashes = hashes(checkpoint.size());
        Hash root = TreeMath.root(hashes, checkpoint.size());
        if (!root.equals(checkpoint.root())) {
            throw new TileException("the log's tiles hash to " + root.base64() + ", not to the checkpoint's root "
                    + checkpoint.root().base64() + ": the tiles are of a different tree than the checkpoint");
        }
        List<Tile> topDown = TileLayout.tiles(checkpoint.size()).stream()
                .sorted(Comparator.comparingInt(Tile::level).reversed()).toList();
        for (Tile tile : topDown) {
            byte[] bytes = tileBytes(tile);
            if (!tile.isPartial()) {
                Tile parent = TileLayout.tile(tile.level() + 1, tile.index() / Tile.WIDTH, checkpoint.size());
                if (!TileHashes.subtree(bytes, 0, Tile.WIDTH).equals(hashes.read((tile.level() + 1) * Tile.HEIGHT, tile.index()))) {
                    throw new TileException(tile.path() + " does not hash to its hash in " + parent.path()
                            + ": the log's tiles were altered");
                }
            }
            if (tile.level() == 0) {
                checkEntries(tile, bytes, visitor);
            }
        }
    }

    private void checkEntries(Tile tile, byte[] tileBytes, ObjLongConsumer<byte[]> visitor) {
        String path = tile.entriesPath();
        List<byte[]> entries = EntryBundle.decode(fetch(path), path);
        if (entries.size() != tile.width()) {
            throw new TileException(path + " holds " + entries.size() + " entries, but " + tile.path() + " has "
                    + tile.width() + " leaf hashes: entries were added or removed");
        }
        for (int i = 0; i < entries.size(); i++) {
            long index = tile.index() * Tile.WIDTH + i;
            if (!TreeHash.leaf(entries.get(i)).equals(Hash.of(tileBytes, i * Hash.SIZE, Hash.SIZE))) {
                throw new TileException("entry " + index + " in " + path + " does not match its leaf hash in "
                        + tile.path() + ": the entry was altered, reordered, or the tile was");
            }
            visitor.accept(entries.get(i), index);
        }
    }

    private byte[] tileBytes(Tile tile) {
        String path = tile.path();
        byte[] cached = cache.get(path);
        if (cached != null) {
            return cached;
        }
        byte[] exact = fetcher.fetch(path).map(bytes -> checkLength(path, bytes, tile.width()))
                .or(() -> fullTileFallback(tile))
                .orElseThrow(() -> TileException.missing(path));
        if (tile.level() > 0 || tile.isPartial()) {
            cache.put(path, exact);
        }
        return exact;
    }

    // Clients MAY fetch the full tile in case the partial tile is not available anymore (C2SP tlog-tiles).
    private Optional<byte[]> fullTileFallback(Tile tile) {
        if (!tile.isPartial()) {
            return Optional.empty();
        }
        String full = new Tile(tile.level(), tile.index(), Tile.WIDTH).path();
        return fetcher.fetch(full).map(bytes -> Arrays.copyOf(checkLength(full, bytes, Tile.WIDTH), tile.width() * Hash.SIZE));
    }

    private static byte[] checkLength(String path, byte[] bytes, int width) {
        if (bytes.length != width * Hash.SIZE) {
            throw new TileException(path + " is " + bytes.length + " bytes, expected " + width * Hash.SIZE);
        }
        return bytes;
    }

    private byte[] fetch(String path) {
        return fetcher.fetch(path).orElseThrow(() -> TileException.missing(path));
    }
}
