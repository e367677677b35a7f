package org.repatria.store.request;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.repatria.core.list.ListId;
import org.repatria.core.list.ListPurpose;
import org.repatria.core.party.PartyId;
import org.repatria.core.party.PartyKind;
import org.repatria.core.person.Category;
import org.repatria.core.request.RowStatus;
import org.repatria.store.StoreException;
import org.repatria.store.internal.engine.Database;
import org.repatria.store.log.EntryRows;

/**
 * Requests answered person by person (docs/decisions/0146): the relayed request lists, their deadlines, every answer
 * (stored with its document's log entry through {@link EntryRows}), each row's current status as submitted and as shown
 * to the requesting side, and the mediator's reminders.
 */
public final class Requests {
    private static final String REQUESTED = "SELECT l.id, l.author, r.party_id, l.category, l.row_count, r.relayed_sec,"
            + " r.relayed_nano, d.deadline_sec, d.set_by, d.set_party, d.set_sec, d.set_nano FROM lists l"
            + " JOIN relays r ON r.list_id = l.id JOIN parties p ON p.id = r.party_id"
            + " LEFT JOIN request_deadlines d ON d.list_id = l.id WHERE l.purpose = ? AND p.kind = ?";
    private final Database db;

    /** The repository over {@code db}. */
    public Requests(Database db) {
        this.db = db;
    }

    /** A request list relayed to one party: one tracked request per row. */
    public record Key(ListId list, PartyId requested) {
    }

    /** Every request list relayed to a belligerent party, one per (list, requested party), newest relay first. */
    public List<RequestedList> requested() {
        return db.read("read the request lists", h -> h.createQuery(REQUESTED
                        + " ORDER BY r.relayed_sec DESC, r.relayed_nano DESC, l.id, r.party_id")
                .bind(0, ListPurpose.REQUEST.name()).bind(1, PartyKind.BELLIGERENT.name())
                .map((rs, ctx) -> requested(rs)).list());
    }

    /** The requests of list {@code list}, one per party it was relayed to; empty when it is no relayed request list. */
    public List<RequestedList> requested(ListId list) {
        return db.read("read request list " + list, h -> h.createQuery(REQUESTED + " AND l.id = ? ORDER BY r.party_id")
                .bind(0, ListPurpose.REQUEST.name()).bind(1, PartyKind.BELLIGERENT.name()).bind(2, list.toString())
                .map((rs, ctx) -> requested(rs)).list());
    }

    private static RequestedList requested(ResultSet rs) throws SQLException {
        Object deadline = rs.getObject(8);
        Optional<Deadline> d = deadline == null ? Optional.empty() : Optional.of(new Deadline(
                Instant.ofEpochSecond(((Number) deadline).longValue()), rs.getString(9), new PartyId(rs.getString(10)),
                Instant.ofEpochSecond(rs.getLong(11), rs.getInt(12))));
        return new RequestedList(ListId.parse(rs.getString(1)), new PartyId(rs.getString(2)), new PartyId(rs.getString(3)),
                Category.valueOf(rs.getString(4)), rs.getInt(5), Instant.ofEpochSecond(rs.getLong(6), rs.getInt(7)), d);
    }

    /**
     * The answered rows of every request by status, in {@code view} (an unanswered row is in no count). One GROUP BY
     * over the current statuses, not over the answers.
     */
    public Map<Key, Map<RowStatus, Integer>> counts(View view) {
        String status = view == View.SHOWN ? "shown_status" : "status";
        return db.read("count the answered request rows", h -> {
            Map<Key, Map<RowStatus, Integer>> out = new HashMap<>();
            h.createQuery("SELECT list_id, party_id, " + status + ", COUNT(*) FROM request_rows WHERE " + status
                    + " IS NOT NULL GROUP BY list_id, party_id, " + status).map((rs, ctx) -> {
                        out.computeIfAbsent(new Key(ListId.parse(rs.getString(1)), new PartyId(rs.getString(2))),
                                k -> new EnumMap<>(RowStatus.class)).put(RowStatus.ofToken(rs.getString(3)), rs.getInt(4));
                        return 0;
                    }).list();
            return out;
        });
    }

    /** The answered rows of one request by status, in {@code view}. */
    public Map<RowStatus, Integer> counts(ListId list, PartyId requested, View view) {
        String status = view == View.SHOWN ? "shown_status" : "status";
        return db.read("count the answered rows of " + list, h -> {
            Map<RowStatus, Integer> out = new EnumMap<>(RowStatus.class);
            h.createQuery("SELECT " + status + ", COUNT(*) FROM request_rows WHERE list_id = ? AND party_id = ? AND " + status
                    + " IS NOT NULL GROUP BY " + status).bind(0, list.toString()).bind(1, requested.value())
                    .map((rs, ctx) -> out.put(RowStatus.ofToken(rs.getString(1)), rs.getInt(2))).list();
            return out;
        });
    }

    /**
     * Sets (or, when {@code deadline} is empty, clears) the response deadline of request list {@code list}; refused
     * ({@link StoreException}) when the list is absent.
     */
    public void setDeadline(ListId list, Optional<Instant> deadline, String setBy, PartyId party, Instant at) {
        db.write("set the deadline of list " + list, h -> {
            h.createUpdate("DELETE FROM request_deadlines WHERE list_id = ?").bind(0, list.toString()).execute();
            return h.createUpdate("INSERT INTO request_deadlines (list_id, deadline_sec, set_by, set_party, set_sec, set_nano)"
                            + " VALUES (?, ?, ?, ?, ?, ?)").bind(0, list.toString())
                    .bind(1, deadline.map(Instant::getEpochSecond).orElse(null)).bind(2, setBy).bind(3, party.value())
                    .bind(4, at.getEpochSecond()).bind(5, at.getNano()).execute();
        });
    }

    /**
     * The rows that store an answers document with its log entry: the document, every answer, and each answered row's
     * current status. An envelope stored twice is a duplicate, and nothing of the entry's batch is stored.
     */
    public EntryRows answers(AnswersDocument document) {
        return EntryRows.of("answers document " + document.envelopeId() + " is recorded already",
                h -> AnswerRows.write(h, document));
    }

    /**
     * The rows that record a child's reunification on its request row (issue 13, item 6; docs/decisions/0149), with the
     * mediator's record's log entry: {@code record} holds one answer {@code returned} and is stored as an answers
     * document is (the row's history, its status), and shown to the requesting side at once, since a document the
     * mediator writes itself needs no relay. An envelope stored twice is a duplicate.
     */
    public EntryRows reunified(AnswersDocument record) {
        return EntryRows.of("reunification record " + record.envelopeId() + " is recorded already", h -> {
            AnswerRows.write(h, record);
            AnswerRows.show(h, record.envelopeId());
        });
    }

    /**
     * The rows the mediator's relay of answers document {@code envelopeId} stores in the log's own commit: from then on
     * the requesting side sees its answers (each row keeps a later submitted answer shown already).
     */
    public EntryRows shownOnRelay(String envelopeId) {
        return EntryRows.of("answers document " + envelopeId + " is shown already", h -> AnswerRows.show(h, envelopeId));
    }

    /** A page of the request's rows in the list's order, each with its current status in {@code view}. */
    public RequestRowPage rows(ListId list, PartyId requested, View view, Optional<RowStatus> status, int offset, int limit) {
        return db.read("read the request rows of " + list, h -> RowReads.page(h, list, requested, view, status, offset, limit));
    }

    /** Every answer given to rows {@code rowIds} of the request in {@code view}, by row id, oldest first. */
    public Map<String, List<StoredAnswer>> history(ListId list, PartyId requested, View view, Collection<String> rowIds) {
        return db.read("read the history of " + rowIds.size() + " request rows of " + list,
                h -> RowReads.history(h, list, requested, view, rowIds));
    }

    /** Every answer given to the request in {@code view}, oldest first (for the chart of answers over time). */
    public List<StoredAnswer> answers(ListId list, PartyId requested, View view) {
        return db.read("read the answers to " + list, h -> RowReads.all(h, list, requested, view));
    }

    /** The list an answers document answers, and the party that answered; empty when it is no answers document. */
    public Optional<Key> answered(String envelopeId) {
        return db.read("read answers document " + envelopeId, h -> h.createQuery(
                        "SELECT list_id, party_id FROM request_documents WHERE envelope_id = ?").bind(0, envelopeId)
                .map((rs, ctx) -> new Key(ListId.parse(rs.getString(1)), new PartyId(rs.getString(2)))).findOne());
    }

    /** The rows that store a reminder with its document's log entry. */
    public EntryRows reminder(StoredReminder r) {
        return EntryRows.of("reminder " + r.envelopeId() + " is recorded already", h -> h.createUpdate(
                        "INSERT INTO request_reminders (envelope_id, list_id, party_id, note, sent_by, sent_sec, sent_nano)"
                                + " VALUES (?, ?, ?, ?, ?, ?, ?)").bind(0, r.envelopeId()).bind(1, r.list().toString())
                .bind(2, r.party().value()).bind(3, r.note()).bind(4, r.sentBy()).bind(5, r.sent().getEpochSecond())
                .bind(6, r.sent().getNano()).execute());
    }

    /** The reminders sent for {@code list}, oldest first. */
    public List<StoredReminder> reminders(ListId list) {
        return db.read("read the reminders of " + list, h -> h.createQuery("SELECT envelope_id, list_id, party_id, note,"
                        + " sent_by, sent_sec, sent_nano FROM request_reminders WHERE list_id = ? ORDER BY sent_sec, sent_nano")
                .bind(0, list.toString()).map((rs, ctx) -> new StoredReminder(rs.getString(1), ListId.parse(rs.getString(2)),
                        new PartyId(rs.getString(3)), rs.getString(4), rs.getString(5),
                        Instant.ofEpochSecond(rs.getLong(6), rs.getInt(7)))).list());
    }
}
