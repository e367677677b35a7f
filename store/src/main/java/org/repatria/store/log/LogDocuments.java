package org.repatria.store.log;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.repatria.core.party.PartyId;
import org.repatria.store.internal.engine.Database;
import org.repatria.store.log.LogEntries.Entry;

/** The documents the log's entries submit: by envelope id, newest first, or answering an envelope; and each envelope's trail of entries. */
public final class LogDocuments {
    /** Leaves out documents the mediator wrote itself: they reach their addressees without a relay (decision 0149). */
    private static final String MEDIATORS_OWN = "AND NOT EXISTS (SELECT 1 FROM parties p WHERE p.id = d.author AND p.kind = "
            + "'MEDIATOR') ";
    private static final String SUBMITTED = "SELECT d.envelope_id, d.envelope, d.author, d.content FROM documents d "
            + "JOIN log_entries e ON e.envelope_id = d.envelope_id AND e.kind = 'submitted' ";
    /** The length of an envelope's last line when it answers another: line feed, "answers ", 64 hex digits, line feed. */
    private static final int ANSWERS_LINE = 1 + "answers ".length() + 64 + 1;
    private final Database db;

    /** Documents read through {@code db}. */
    public LogDocuments(Database db) {
        this.db = db;
    }

    /** The entries recording steps on one envelope, in log order. */
    public List<Entry> trail(String envelopeId) {
        return db.read("read the log entries of envelope " + envelopeId, h -> h.createQuery(
                "SELECT idx, entry, envelope_id, kind, signer FROM log_entries WHERE envelope_id = ? ORDER BY idx")
                .bind(0, envelopeId).map((rs, ctx) -> new Entry(rs.getLong(1), rs.getBytes(2), rs.getString(3),
                        rs.getString(4), new PartyId(rs.getString(5)))).list());
    }

    /** The most recently submitted documents, newest first, at most {@code limit}. */
    public List<StoredDocument> recentDocuments(int limit) {
        return db.read("read recent documents", h -> h.createQuery(SUBMITTED + "ORDER BY e.idx DESC LIMIT ?").bind(0, limit)
                .map((rs, ctx) -> submitted(rs)).list());
    }

    /**
     * The documents whose envelope answers envelope {@code envelopeId} (a 64-digit lower-case hex id; none for any other
     * text), in the order they were submitted. The canonical envelope ends with its {@code answers} line, so this
     * compares the stored envelope's last line; no index serves it (docs/decisions/0120).
     */
    public List<StoredDocument> answering(String envelopeId) {
        return answering(List.of(envelopeId));
    }

    /**
     * The documents answering any of {@code envelopeIds}, those answering one id in the order they were submitted: one
     * scan of the documents per thousand ids, however many answers each has. Ids that are not 64-digit lower-case hex
     * match nothing.
     */
    public List<StoredDocument> answering(Collection<String> envelopeIds) {
        List<String> lines = envelopeIds.stream().filter(id -> id.matches("[0-9a-f]{64}")).distinct()
                .map(id -> "\nanswers " + id + "\n").toList();
        List<StoredDocument> found = new ArrayList<>();
        for (int from = 0; from < lines.size(); from += 1000) {
            List<String> chunk = lines.subList(from, Math.min(lines.size(), from + 1000));
            found.addAll(db.read("read the documents answering " + chunk.size() + " envelopes", h -> h.createQuery(SUBMITTED
                    + "WHERE SUBSTR(d.envelope, LENGTH(d.envelope) - " + (ANSWERS_LINE - 1) + ", " + ANSWERS_LINE
                    + ") IN (<lines>) ORDER BY e.idx").bindList("lines", chunk).map((rs, ctx) -> submitted(rs)).list()));
        }
        return found;
    }

    private static StoredDocument submitted(ResultSet rs) throws SQLException {
        return new StoredDocument(rs.getString(1), rs.getString(2), new PartyId(rs.getString(3)), rs.getBytes(4));
    }

    /** A submitted document by its envelope id. */
    public Optional<StoredDocument> document(String envelopeId) {
        return db.read("read document " + envelopeId, h -> h.createQuery(
                "SELECT envelope_id, envelope, author, content FROM documents WHERE envelope_id = ?").bind(0, envelopeId)
                .map((rs, ctx) -> new StoredDocument(rs.getString(1), rs.getString(2), new PartyId(rs.getString(3)),
                        rs.getBytes(4))).findOne());
    }

    /**
     * Hands every stored document to {@code visitor}, by envelope id, read {@code page} per query (documents may be
     * large): the server checks each against its envelope at start (issue 15).
     */
    public void forEachDocument(int page, Consumer<StoredDocument> visitor) {
        db.read("read every document", h -> {
            String after = "";
            for (int read = page; read == page; ) {
                read = 0;
                for (StoredDocument d : h.createQuery("SELECT envelope_id, envelope, author, content FROM documents "
                        + "WHERE envelope_id > ? ORDER BY envelope_id LIMIT ?").bind(0, after).bind(1, page)
                        .map((rs, ctx) -> submitted(rs)).list()) {
                    visitor.accept(d);
                    after = d.envelopeId();
                    read++;
                }
            }
            return null;
        });
    }

    /** The signed lists whose envelope id names no person-list document by the list's author: each "list id envelope id". */
    public List<String> listsWithoutTheirDocument() {
        return db.read("check the lists' documents", h -> h.createQuery("SELECT l.id, l.envelope_id FROM lists l "
                + "LEFT JOIN documents d ON d.envelope_id = l.envelope_id AND d.author = l.author "
                + "WHERE l.envelope_id IS NOT NULL AND (d.envelope_id IS NULL OR d.envelope NOT LIKE '%type person-list%') "
                + "ORDER BY l.id").map((rs, ctx) -> rs.getString(1) + " " + rs.getString(2)).list());
    }

    /**
     * The submitted documents with no relay on the log, oldest submission first: the mediator's queue. Envelopes only,
     * not the bytes (a list's may be large); the log's unique index on envelope, kind and signer serves the check.
     */
    public List<UnrelayedDocument> unrelayed() {
        // A document the mediator wrote itself (a reunification record) reaches its addressees without a relay.
        return db.read("read the documents awaiting relay", h -> h.createQuery("SELECT e.idx, d.envelope_id, d.envelope, "
                + "d.author FROM documents d JOIN log_entries e ON e.envelope_id = d.envelope_id AND e.kind = 'submitted' "
                + "WHERE NOT EXISTS (SELECT 1 FROM log_entries r WHERE r.envelope_id = d.envelope_id AND r.kind = 'relayed') "
                + MEDIATORS_OWN + "ORDER BY e.idx").map((rs, ctx) -> new UnrelayedDocument(rs.getLong(1), rs.getString(2), rs.getString(3),
                new PartyId(rs.getString(4)))).list());
    }

    /** How many submitted documents have no relay on the log: {@link #unrelayed()}'s size, counted by the database. */
    public int unrelayedCount() {
        return db.read("count the documents awaiting relay", h -> Math.toIntExact(h.createQuery("SELECT COUNT(*) FROM log_entries e "
                + "WHERE e.kind = 'submitted' AND NOT EXISTS (SELECT 1 FROM log_entries r WHERE r.envelope_id = e.envelope_id "
                + "AND r.kind = 'relayed') AND NOT EXISTS (SELECT 1 FROM parties p WHERE p.id = e.signer AND p.kind = 'MEDIATOR')")
                .mapTo(Long.class).one()));
    }

    /**
     * At most {@code limit} entries after index {@code after}, in log order, each with the envelope it submits (for a
     * submission): a reader folding the log's steps into states reads only what is new since its last read.
     */
    public List<LoggedStep> stepsAfter(long after, int limit) {
        return db.read("read the log's steps after " + after, h -> h.createQuery("SELECT e.idx, e.envelope_id, e.kind, "
                + "e.signer, d.envelope FROM log_entries e LEFT JOIN documents d ON d.envelope_id = e.envelope_id "
                + "AND e.kind = 'submitted' WHERE e.idx > ? ORDER BY e.idx LIMIT ?").bind(0, after).bind(1, limit)
                .map((rs, ctx) -> new LoggedStep(rs.getLong(1), rs.getString(2), rs.getString(3), new PartyId(rs.getString(4)),
                        Optional.ofNullable(rs.getString(5)))).list());
    }
}
