package org.repatria.store.log;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.ObjLongConsumer;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.StatementContext;
import org.repatria.core.party.PartyId;
import org.repatria.store.DuplicateException;
import org.repatria.store.LogHeldException;
import org.repatria.store.StoreException;
import org.repatria.store.internal.engine.Database;
import org.repatria.store.internal.lock.WriterClaim;
import org.repatria.store.list.Lists;

/**
 * The verifiable log's entries, complete-subtree hashes and signed checkpoints, appended by this store alone (it holds
 * the database's log-writer lock) together with the documents they submit. Bytes in, bytes out: the server gives them
 * meaning.
 */
public final class LogEntries {
    // Rows per query when reading the whole log at start: ~20 MB of entries, few enough queries to cost nothing.
    private static final int PAGE = 65_536;
    private final Database db;
    private final WriterClaim writer;
    private final int page;

    public LogEntries(Database db, WriterClaim writer) {
        this(db, writer, PAGE);
    }

    private LogEntries(Database db, WriterClaim writer, int page) {
        this.db = db;
        this.writer = writer;
        this.page = page;
    }

    /** The same rows, read at start {@code rows} per query (tests use small pages to cross page boundaries). */
    LogEntries withPage(int rows) {
        return new LogEntries(db, writer, rows);
    }

    /**
     * Makes this store the only writer of the database's log until the store is closed; call it before loading the log,
     * so that a second server is refused before it reads anything. Claiming again through the same store does nothing.
     *
     * @throws LogHeldException when another store, in another process or in this one, holds the log
     */
    public void claimWriter() {
        writer.take();
    }

    /** One entry as appended: its index and bytes, and the envelope, step and signer it records. */
    public record Entry(long index, byte[] bytes, String envelopeId, String kind, PartyId signer) {
    }

    /** The hash of the complete subtree at {@code level}, {@code index}. */
    public record HashRow(int level, long index, byte[] hash) {
    }

    /**
     * What one group commit writes: entries {@code firstIndex..}, the hashes they complete, the documents they
     * submit, the rows that say what an entry without a document means (a relay's, docs/decisions/0146), and the signed
     * checkpoint of the new size.
     */
    public record Batch(long firstIndex, List<Entry> entries, List<HashRow> hashes, List<StoredDocument> documents,
            List<EntryRows> stepRows, long size, byte[] checkpoint) {
        public Batch {
            entries = List.copyOf(entries);
            hashes = List.copyOf(hashes);
            documents = List.copyOf(documents);
            stepRows = List.copyOf(stepRows);
        }

        /** A batch whose entries carry no rows beside their documents'. */
        public Batch(long firstIndex, List<Entry> entries, List<HashRow> hashes, List<StoredDocument> documents, long size,
                     byte[] checkpoint) {
            this(firstIndex, entries, hashes, documents, List.of(), size, checkpoint);
        }
    }

    /**
     * Writes a batch in one transaction: all of it is durable when this returns, or none of it. Claims the log first
     * (see {@link #claimWriter()}) if this store does not hold it yet.
     *
     * @throws StoreException when the log does not end at {@code firstIndex} (another writer) or the write failed; a
     *     {@link DuplicateException} (or another refusal) from a document's entry rows, which stores nothing of the batch
     */
    public void append(Batch batch) {
        writer.take();
        db.write("append " + batch.entries().size() + " log entries at " + batch.firstIndex(),
                "a log entry of this batch repeats a step already logged (same envelope, kind and signer)", h -> {
                    long size = h.createQuery("SELECT COALESCE(MAX(idx) + 1, 0) FROM log_entries").mapTo(Long.class).one();
                    if (size != batch.firstIndex()) {
                        throw new StoreException("the log holds " + size + " entries, not " + batch.firstIndex()
                                + ": another process appends to it; run one server per database");
                    }
                    PreparedBatch entries = h.prepareBatch(
                            "INSERT INTO log_entries (idx, entry, envelope_id, kind, signer) VALUES (?, ?, ?, ?, ?)");
                    for (Entry e : batch.entries()) {
                        entries.bind(0, e.index()).bind(1, e.bytes()).bind(2, e.envelopeId()).bind(3, e.kind())
                                .bind(4, e.signer().value()).add();
                    }
                    entries.execute();
                    PreparedBatch hashes = h.prepareBatch("INSERT INTO log_hashes (lvl, idx, hash) VALUES (?, ?, ?)");
                    for (HashRow row : batch.hashes()) {
                        hashes.bind(0, row.level()).bind(1, row.index()).bind(2, row.hash()).add();
                    }
                    hashes.execute();
                    if (!batch.documents().isEmpty()) {
                        PreparedBatch documents = h.prepareBatch(
                                "INSERT INTO documents (envelope_id, envelope, author, content) VALUES (?, ?, ?, ?)");
                        for (StoredDocument d : batch.documents()) {
                            documents.bind(0, d.envelopeId()).bind(1, d.envelope()).bind(2, d.author().value())
                                    .bind(3, d.content()).add();
                        }
                        documents.execute();
                        for (StoredDocument d : batch.documents()) {
                            // The rows first: they may be the list itself, signed at its import (Lists.adding).
                            d.rows().forEach(rows -> rows.write(h));
                            d.list().ifPresent(list -> Lists.recordDocument(h, list, d.envelopeId()));
                        }
                    }
                    batch.stepRows().forEach(rows -> rows.write(h));
                    h.createUpdate("INSERT INTO log_checkpoints (size, note) VALUES (?, ?)").bind(0, batch.size())
                            .bind(1, batch.checkpoint()).execute();
                    return null;
                });
    }

    /** Number of entries stored. */
    public long size() {
        return db.read("count log entries", h ->
                h.createQuery("SELECT COALESCE(MAX(idx) + 1, 0) FROM log_entries").mapTo(Long.class).one());
    }

    /** The signed checkpoint of the largest tree stored, if any. */
    public Optional<byte[]> latestCheckpoint() {
        return db.read("read the latest checkpoint", h -> h.createQuery(
                "SELECT note FROM log_checkpoints WHERE size = (SELECT MAX(size) FROM log_checkpoints)")
                .mapTo(byte[].class).findOne());
    }

    /** The entries with indexes {@code from} (inclusive) to {@code to} (exclusive), in order. */
    public List<byte[]> entries(long from, long to) {
        return db.read("read log entries " + from + " to " + to, h -> h.createQuery(
                "SELECT entry FROM log_entries WHERE idx >= ? AND idx < ? ORDER BY idx").bind(0, from).bind(1, to)
                .mapTo(byte[].class).list());
    }

    /**
     * Hands every stored entry, in index order, to {@code visitor} (to rebuild the tree at start). Read in pages by
     * index, so no engine holds the whole log in memory (PostgreSQL's driver would, for one plain query).
     */
    public void forEachEntry(ObjLongConsumer<byte[]> visitor) {
        forEachRow(e -> visitor.accept(e.bytes(), e.index()));
    }

    /**
     * As {@link #forEachEntry}, each entry with the columns stored beside its bytes (envelope id, kind, signer), which
     * the server checks against what the bytes say at start (issue 15).
     */
    public void forEachRow(Consumer<Entry> visitor) {
        db.read("read every log entry", h -> {
            long after = -1;
            for (int read = page; read == page; ) {
                read = 0;
                for (Entry e : h.createQuery("SELECT idx, entry, envelope_id, kind, signer FROM log_entries WHERE idx > ? "
                        + "ORDER BY idx LIMIT ?").bind(0, after).bind(1, page).map((rs, ctx) -> new Entry(rs.getLong(1),
                        rs.getBytes(2), rs.getString(3), rs.getString(4), new PartyId(rs.getString(5)))).list()) {
                    visitor.accept(e);
                    after = e.index();
                    read++;
                }
            }
            return null;
        });
    }

    /** The size column of the latest checkpoint row, if any: it must be the size its signed note states. */
    public Optional<Long> latestCheckpointSize() {
        return db.read("read the latest checkpoint's size", h -> h.createQuery("SELECT MAX(size) FROM log_checkpoints")
                .mapTo(Long.class).findOne());
    }

    /**
     * Hands every stored subtree hash to {@code visitor}, in no particular order (to check them at start). SQLite
     * streams one scan in storage order, which reads the table once (an index walk by level re-reads it per level);
     * other engines are read in pages by (level, index), as PostgreSQL's driver would hold a plain query's result whole.
     */
    public void forEachHash(Consumer<HashRow> visitor) {
        db.read("read every log subtree hash", h -> {
            if (db.engine().equals("sqlite")) {
                h.createQuery("SELECT lvl, idx, hash FROM log_hashes").map(LogEntries::hashRow).forEach(visitor);
                return null;
            }
            HashRow last = new HashRow(-1, -1, new byte[0]);
            for (int read = page; read == page; ) {
                read = 0;
                for (HashRow row : h.createQuery("SELECT lvl, idx, hash FROM log_hashes WHERE (lvl, idx) > (?, ?) "
                        + "ORDER BY lvl, idx LIMIT ?").bind(0, last.level()).bind(1, last.index()).bind(2, page)
                        .map(LogEntries::hashRow).list()) {
                    visitor.accept(row);
                    last = row;
                    read++;
                }
            }
            return null;
        });
    }

    private static HashRow hashRow(ResultSet rs, StatementContext ctx) throws SQLException {
        return new HashRow(rs.getInt(1), rs.getLong(2), rs.getBytes(3));
    }

    /** Whether a step (kind by signer on an envelope) is already logged. */
    public boolean has(String envelopeId, String kind, PartyId signer) {
        return db.read("look up a log step", h -> h.createQuery(
                "SELECT COUNT(*) FROM log_entries WHERE envelope_id = ? AND kind = ? AND signer = ?")
                .bind(0, envelopeId).bind(1, kind).bind(2, signer.value()).mapTo(Integer.class).one() > 0);
    }

    /**
     * The steps already logged on any of these envelopes, each as {@code "<envelope id> <kind> <signer>"} (one query
     * per thousand envelopes: the group commit checks a whole batch for replays at once).
     */
    public Set<String> loggedSteps(Collection<String> envelopeIds) {
        List<String> ids = List.copyOf(new LinkedHashSet<>(envelopeIds));
        return db.read("look up logged steps", h -> {
            Set<String> steps = new HashSet<>();
            for (int from = 0; from < ids.size(); from += 1000) {
                h.createQuery("SELECT envelope_id, kind, signer FROM log_entries WHERE envelope_id IN (<ids>)")
                        .bindList("ids", ids.subList(from, Math.min(ids.size(), from + 1000)))
                        .map((rs, ctx) -> rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3))
                        .forEach(steps::add);
            }
            return steps;
        });
    }
}
