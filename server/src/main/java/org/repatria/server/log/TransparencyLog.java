package org.repatria.server.log;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.repatria.ledger.audit.Receipt;
import org.repatria.ledger.checkpoint.SignedCheckpoint;
import org.repatria.ledger.merkle.Hash;
import org.repatria.ledger.merkle.TreeMath;
import org.repatria.ledger.note.NoteSigner;
import org.repatria.ledger.note.NoteVerifier;
import org.repatria.ledger.tile.EntryBundle;
import org.repatria.ledger.tile.Publisher;
import org.repatria.ledger.tile.Tile;
import org.repatria.ledger.tile.TileException;
import org.repatria.server.error.HttpProblem;
import org.repatria.store.Store;
import org.repatria.store.log.EntryRows;
import org.repatria.store.log.LogEntries;
import org.repatria.store.log.StoredDocument;

/**
 * The server's append-only log: appends entries by group commit, serves its C2SP tiles and checkpoint, and hands out
 * receipts and proofs. At start the tree is rebuilt from the stored entries and must match the stored checkpoint and
 * the stored subtree hashes.
 */
public final class TransparencyLog implements AutoCloseable {
    /** The log's origin line and note key name. */
    public static final String ORIGIN = "repatria/log";
    private final LogEntries rows;
    private final NoteSigner key;
    private final CommittedTree tree;
    private final Appender appender;
    private final Acknowledger acks = new Acknowledger();
    private final Thread writer;
    // The last checkpoint a receipt was made under, with its bytes (a race only encodes one twice).
    private volatile EncodedCheckpoint lastEncoded;

    private TransparencyLog(LogEntries rows, NoteSigner key, CommittedTree tree) {
        this.rows = rows;
        this.key = key;
        this.tree = tree;
        this.appender = new Appender(rows, tree, key, acks);
        this.writer = Thread.ofPlatform().name("repatria-log-appender").daemon().start(appender);
    }

    /**
     * Opens the log kept in {@code rows}: claims the database's log-writer lock for the store (held until the store
     * closes), loads (or, on first start, makes and stores) the log key, rebuilds the tree from the stored entries and
     * checks it against the stored checkpoint and the stored subtree hashes.
     *
     * @throws org.repatria.store.LogHeldException when another server holds this database's log; nothing was read
     * @throws IllegalStateException when the stored entries do not hash to the stored checkpoint, the stored
     *     subtree hashes are not theirs, or a column beside the signed bytes (an entry's envelope id, kind or signer; a
     *     document's id, envelope, author or bytes; a list's envelope id) no longer says what they say (tampered storage)
     */
    public static TransparencyLog open(Store store, Clock clock) {
        LogEntries rows = store.log();
        // Two writers would each believe they own the tail and could sign contradicting checkpoints.
        rows.claimWriter();
        NoteSigner key = LogKey.loadOrMake(store.signers());
        return new TransparencyLog(rows, key, StoredLog.rebuild(rows, store.documents(), key));
    }

    /**
     * Queues an entry for the next group commit; the future completes once it is durable, with its index and the first
     * checkpoint covering it, or fails with an {@link HttpProblem} (409: a replay, or the log is shutting down).
     */
    public CompletableFuture<LogPosition> append(LogEntry entry, Optional<StoredDocument> document) {
        return append(entry, document, List.of());
    }

    /** As {@link #append(LogEntry, Optional)}, storing {@code rows} (what an entry without a document means) in the same commit. */
    public CompletableFuture<LogPosition> append(LogEntry entry, Optional<StoredDocument> document, List<EntryRows> rows) {
        CompletableFuture<LogPosition> done = new CompletableFuture<>();
        appender.submit(QueuedEntry.of(entry, document, rows, done));
        return done;
    }

    /**
     * Queues {@code entries} with their documents (same order, same length) to be stored in one transaction: every one
     * is appended, in order and at consecutive indexes, or none is; one replay among them refuses them all (409).
     */
    public List<CompletableFuture<LogPosition>> appendAll(List<LogEntry> entries, List<StoredDocument> documents) {
        if (entries.size() != documents.size()) {
            throw new IllegalArgumentException(entries.size() + " entries but " + documents.size() + " documents");
        }
        List<QueuedEntry> unit = new java.util.ArrayList<>(entries.size());
        for (int i = 0; i < entries.size(); i++) {
            unit.add(QueuedEntry.of(entries.get(i), Optional.of(documents.get(i)), List.of(), new CompletableFuture<>()));
        }
        appender.submitAll(unit);
        return unit.stream().map(QueuedEntry::done).toList();
    }

    /** A receipt for a durable entry under the current checkpoint. */
    public Receipt receipt(long index) {
        return tree.read(v -> {
            if (index < 0 || index >= v.size()) {
                throw HttpProblem.notFound("entry " + index + " is not in the log of " + v.size() + " entries");
            }
            byte[] entry = rows.entries(index, index + 1).getFirst();
            return new Receipt(index, entry, v.checkpoint().encoded(), TreeMath.inclusion(v.hashes(), index, v.size()));
        });
    }

    /** The receipt of an entry just appended, under the first checkpoint that covers it ({@code position}'s). */
    Receipt receipt(LogPosition position) {
        return receipt(position, rows.entries(position.index(), position.index() + 1).getFirst());
    }

    /**
     * As {@link #receipt(LogPosition)} for the caller that appended {@code entry} (its bytes as appended), so the entry
     * is not read back from the store.
     */
    Receipt receipt(LogPosition position, byte[] entry) {
        return new Receipt(position.index(), entry, checkpointBytes(position.checkpoint()),
                inclusionProof(position.index(), position.treeSize()));
    }

    /**
     * A signed checkpoint's bytes, made once for all the receipts under it (a group commit's entries share one):
     * the last checkpoint encoded is kept with its bytes. The Receipt copies them, so they are never changed.
     */
    private byte[] checkpointBytes(SignedCheckpoint checkpoint) {
        EncodedCheckpoint last = lastEncoded;
        if (last == null || last.checkpoint() != checkpoint) {
            last = new EncodedCheckpoint(checkpoint, checkpoint.encoded());
            lastEncoded = last;
        }
        return last.bytes();
    }

    private record EncodedCheckpoint(SignedCheckpoint checkpoint, byte[] bytes) {
    }

    /** The inclusion proof of entry {@code index} in the tree of {@code size} entries. */
    public List<Hash> inclusionProof(long index, long size) {
        return tree.read(v -> {
            requireSize("size", size, v.size());
            if (index < 0 || index >= size) {
                throw HttpProblem.invalid("index", "must be 0 to " + (size - 1) + " for a tree of " + size + " entries");
            }
            return TreeMath.inclusion(v.hashes(), index, size);
        });
    }

    /** The consistency proof from the tree of {@code first} entries to that of {@code second}. */
    public List<Hash> consistencyProof(long first, long second) {
        return tree.read(v -> {
            requireSize("second", second, v.size());
            if (first < 1 || first > second) {
                throw HttpProblem.invalid("first", "must be 1 to " + second + " (the larger tree's size)");
            }
            return TreeMath.consistency(v.hashes(), first, second);
        });
    }

    /** The root of the tree as it was at {@code size} entries. */
    public Hash root(long size) {
        return tree.read(v -> {
            requireSize("size", size, v.size());
            return TreeMath.root(v.hashes(), size);
        });
    }

    /** The signed checkpoint of the current tree. */
    public SignedCheckpoint checkpoint() {
        return tree.checkpoint();
    }

    /** The log's verifier key, as served at {@code /log/vkey}. */
    public NoteVerifier verifier() {
        return key.verifier();
    }

    /** The key the server signs the mediator's relay entries with (the log's key: a server-held key). */
    public NoteSigner key() {
        return key;
    }

    /**
     * A tile or entry bundle by its C2SP path below {@code /log/} ({@code tile/0/x001/234}, {@code tile/entries/000.p/7}),
     * or empty when it is not (yet) in the log.
     */
    public Optional<Resource> tile(String path) {
        boolean entries = path.startsWith("tile/entries/");
        Tile tile;
        try {
            tile = entries ? Tile.parseEntries(path) : Tile.parse(path);
        } catch (TileException | IllegalArgumentException e) {
            return Optional.empty();
        }
        return tree.read(v -> {
            if (!available(tile, v.size())) {
                return Optional.<Resource>empty();
            }
            byte[] bytes = entries
                    ? EntryBundle.encode(rows.entries(tile.index() * Tile.WIDTH, tile.index() * Tile.WIDTH + tile.width()))
                    : Publisher.hashTile(v.hashes(), tile);
            return Optional.of(new Resource(bytes, !tile.isPartial()));
        });
    }

    /** A served resource and whether it never changes (a full tile). */
    public record Resource(byte[] bytes, boolean immutable) {
    }

    // A tile exists once the tree holds all its hashes: its width is at most the width of that tile in the current tree.
    private static boolean available(Tile tile, long size) {
        long leavesPerHash = 1L << (Tile.HEIGHT * tile.level());
        long hashesAtLevel = size / leavesPerHash;
        return tile.index() * Tile.WIDTH + tile.width() <= hashesAtLevel;
    }

    private static void requireSize(String name, long size, long current) {
        if (size < 1 || size > current) {
            throw HttpProblem.invalid(name, "must be 1 to " + current + " (the current tree size)");
        }
    }

    /** Stops taking entries, lets the writer finish the queued ones, and waits for it. */
    @Override
    public void close() {
        appender.stop();
        try {
            writer.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        acks.close();
    }
}
