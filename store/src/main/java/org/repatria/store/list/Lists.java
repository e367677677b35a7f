package org.repatria.store.list;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.repatria.core.list.ListHeader;
import org.repatria.core.list.ListId;
import org.repatria.core.list.ListPurpose;
import org.repatria.core.list.PersonList;
import org.repatria.core.party.PartyId;
import org.repatria.core.person.Category;
import org.repatria.core.person.Person;
import org.repatria.store.DuplicateException;
import org.repatria.store.StoreException;
import org.repatria.store.internal.engine.Database;
import org.repatria.store.log.EntryRows;
import org.repatria.store.party.Parties;

/** Person lists (header and rows, stored all or nothing) and the parties each was relayed to. */
public final class Lists {
    private static final String HEADER = "SELECT id, author, purpose, category, title, created_sec, created_nano, row_count FROM lists";
    /** Rows per JDBC batch: large enough to amortize round trips, small enough to bound memory. */
    private static final int BATCH = 1_000;
    /** Row ids bound in one query: well under every engine's limit on bound parameters (SQLite 32,766, PostgreSQL 65,535). */
    private static final int IDS_PER_QUERY = 500;
    private final Database db;

    /** The repository over {@code db}. */
    public Lists(Database db) {
        this.db = db;
    }

    /**
     * Stores a list, header and every row, in one transaction: afterwards either all of it is
     * stored or none. Refused when its id is taken ({@link DuplicateException}), when two rows share
     * a row id, or when the author is not a stored party.
     */
    public void add(PersonList list) {
        ListHeader h = list.header();
        requireUniqueRowIds(list);
        db.write("store list " + h.id() + " (" + h.rowCount() + " rows)", duplicate(h.id()), handle -> {
            insert(handle, list);
            return null;
        });
    }

    /**
     * The list, header and every row, as rows stored with its signed document's log entry (in the log's transaction,
     * before the document is linked to it): a list signed at its import is stored with its signature or not at all,
     * so a refused signature (a replay) leaves no unsigned list behind (issue 15).
     */
    public EntryRows adding(PersonList list) {
        requireUniqueRowIds(list);
        return EntryRows.of(duplicate(list.header().id()), handle -> insert(handle, list));
    }

    private static String duplicate(ListId id) {
        return "list " + id + " is already stored; a stored list never changes, store a new one instead";
    }

    private static void insert(Handle handle, PersonList list) {
        ListHeader h = list.header();
        Parties.kindOf(handle, h.author());
        handle.createUpdate("INSERT INTO lists (id, author, purpose, category, title, created_sec, created_nano, row_count)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                .bind(0, h.id().toString()).bind(1, h.author().value()).bind(2, h.purpose().name())
                .bind(3, h.category().name()).bind(4, h.title()).bind(5, h.created().getEpochSecond())
                .bind(6, h.created().getNano()).bind(7, h.rowCount()).execute();
        insertRows(handle, h.id(), list.rows());
    }

    /** The header of a stored list. */
    public Optional<ListHeader> header(ListId id) {
        return db.read("read list " + id, h -> header(h, id));
    }

    /** Every list's header, newest first. */
    public List<ListHeader> headers() {
        return db.read("read the lists", h -> h.createQuery(HEADER + " ORDER BY created_sec DESC, created_nano DESC, id DESC")
                .map((rs, ctx) -> readHeader(rs)).list());
    }

    /** A row found by one of its keys: its list and the list's title, the row id, the names as listed, the military id. */
    public record KeyedRow(ListId list, String listTitle, String rowId, String surname, String givenName, String patronymic,
                           String militaryId) {
    }

    /**
     * The rows of {@code author}'s lists of {@code purpose} whose row id or military id is one of {@code keys} (blank
     * keys are ignored), newest list first, then in row order.
     */
    public List<KeyedRow> rowsByKey(PartyId author, ListPurpose purpose, Collection<String> keys) {
        List<String> wanted = keys.stream().filter(k -> !k.isBlank()).distinct().toList();
        if (wanted.isEmpty()) {
            return List.of();
        }
        String marks = String.join(", ", Collections.nCopies(wanted.size(), "?"));
        return db.read("find rows of the lists of " + author + " by id", h -> {
            var q = h.createQuery("SELECT r.list_id, l.title, r.row_id, r.surname, r.given_name, r.patronymic, r.military_id"
                    + " FROM list_rows r JOIN lists l ON l.id = r.list_id WHERE l.author = ? AND l.purpose = ?"
                    + " AND (r.row_id IN (" + marks + ") OR r.military_id IN (" + marks + "))"
                    + " ORDER BY l.created_sec DESC, l.created_nano DESC, l.id, r.row_no")
                    .bind(0, author.value()).bind(1, purpose.name());
            for (int i = 0; i < wanted.size(); i++) {
                q.bind(2 + i, wanted.get(i)).bind(2 + wanted.size() + i, wanted.get(i));
            }
            return q.map((rs, ctx) -> new KeyedRow(ListId.parse(rs.getString(1)), rs.getString(2),
                    rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7))).list();
        });
    }

    /** One page of a stored list's rows, filtered, sorted and paged by the database. */
    public RowPage rows(ListId id, RowQuery q) {
        return db.read("read the rows of list " + id, h -> {
            if (header(h, id).isEmpty()) {
                throw new StoreException("no list " + id + "; check the list id");
            }
            return RowSelect.page(h, id, q);
        });
    }

    /** The envelope id of the list's signed document on the log; empty while the list is not yet signed. */
    public Optional<String> envelopeId(ListId id) {
        return db.read("read the document of list " + id, h -> h.createQuery("SELECT envelope_id FROM lists WHERE id = ?")
                .bind(0, id.toString()).mapTo(String.class).findOne());
    }

    /** The list whose signed document has envelope {@code envelopeId}; empty when that document is not a stored list. */
    public Optional<ListId> byEnvelope(String envelopeId) {
        return db.read("read the list of document " + envelopeId, h -> h.createQuery(
                "SELECT id FROM lists WHERE envelope_id = ?").bind(0, envelopeId).mapTo(String.class).findOne())
                .map(ListId::parse);
    }

    /** The ids of every list that has its signed document on the log. */
    public Set<ListId> signedIds() {
        return db.read("read which lists are signed", h -> h.createQuery("SELECT id FROM lists WHERE envelope_id IS NOT NULL")
                .map((rs, ctx) -> ListId.parse(rs.getString(1))).set());
    }

    /**
     * Links a list to its document inside the log's batch transaction ({@link LogEntries#append}); refuses (and so
     * rolls the whole batch back) when the list is absent or already has a document.
     */
    public static void recordDocument(Handle h, ListId id, String envelopeId) {
        int updated = h.createUpdate("UPDATE lists SET envelope_id = ? WHERE id = ? AND envelope_id IS NULL")
                .bind(0, envelopeId).bind(1, id.toString()).execute();
        if (updated != 1) {
            throw new StoreException("list " + id + " is absent or signed already; a list has one document, "
                    + "so submit a new list instead");
        }
    }

    /** Every row of a stored list, in the list's order; empty for an absent list. */
    public List<Person> persons(ListId id) {
        return db.read("read every row of list " + id, h -> h.createQuery("SELECT " + PersonRows.COLUMNS
                        + " FROM list_rows WHERE list_id = ? ORDER BY row_no").bind(0, id.toString()).setFetchSize(BATCH)
                .map((rs, ctx) -> PersonRows.read(rs)).list());
    }

    /**
     * The rows of list {@code id} whose row id is one of {@code rowIds}, by row id; ids the list does not hold are
     * absent. Reads those rows only, through the unique index on (list, row id), in one read for the lot: an exchange
     * step needs its nominees' rows, not the thousands of others of the holding list.
     */
    public Map<String, Person> personsByRowId(ListId id, Collection<String> rowIds) {
        List<String> wanted = List.copyOf(new LinkedHashSet<>(rowIds));
        if (wanted.isEmpty()) {
            return Map.of();
        }
        return db.read("read " + wanted.size() + " rows of list " + id, h -> {
            Map<String, Person> out = new HashMap<>(wanted.size() * 2);
            for (int from = 0; from < wanted.size(); from += IDS_PER_QUERY) {
                List<String> chunk = wanted.subList(from, Math.min(wanted.size(), from + IDS_PER_QUERY));
                var q = h.createQuery("SELECT " + PersonRows.COLUMNS + " FROM list_rows WHERE list_id = ? AND row_id IN ("
                        + String.join(", ", Collections.nCopies(chunk.size(), "?")) + ")").bind(0, id.toString());
                for (int i = 0; i < chunk.size(); i++) {
                    q.bind(1 + i, chunk.get(i));
                }
                q.map((rs, ctx) -> PersonRows.read(rs)).forEach(p -> out.put(p.rowId(), p));
            }
            return out;
        });
    }

    /** Records that the list was relayed to a party; {@link DuplicateException} when it already was. */
    public void relay(ListId id, PartyId to, Instant at) {
        db.write("record the relay of list " + id + " to " + to,
                "list " + id + " was already relayed to " + to, h -> {
                    if (header(h, id).isEmpty()) {
                        throw new StoreException("no list " + id + "; store the list before relaying it");
                    }
                    Parties.kindOf(h, to);
                    return h.createUpdate("INSERT INTO relays (list_id, party_id, relayed_sec, relayed_nano) VALUES (?, ?, ?, ?)")
                            .bind(0, id.toString()).bind(1, to.value()).bind(2, at.getEpochSecond()).bind(3, at.getNano())
                            .execute();
                });
    }

    /** The parties the list was relayed to, by id; empty when none (or no such list). */
    public Set<PartyId> relayedTo(ListId id) {
        List<PartyId> parties = db.read("read the relays of list " + id, h -> h
                .createQuery("SELECT party_id FROM relays WHERE list_id = ? ORDER BY party_id")
                .bind(0, id.toString()).map((rs, ctx) -> new PartyId(rs.getString(1))).list());
        return Collections.unmodifiableSet(new LinkedHashSet<>(parties));
    }

    /** A relay of a list: to which party, and when the mediator relayed it. */
    public record Relay(PartyId to, Instant at) {
    }

    /** The relays of a list, oldest first; empty when none (or no such list). */
    public List<Relay> relays(ListId id) {
        return db.read("read the relays of list " + id, h -> h.createQuery("SELECT party_id, relayed_sec, relayed_nano"
                        + " FROM relays WHERE list_id = ? ORDER BY relayed_sec, relayed_nano, party_id").bind(0, id.toString())
                .map((rs, ctx) -> new Relay(new PartyId(rs.getString(1)), Instant.ofEpochSecond(rs.getLong(2), rs.getInt(3))))
                .list());
    }

    private static void insertRows(Handle handle, ListId id, List<Person> rows) {
        for (int from = 0; from < rows.size(); from += BATCH) {
            PreparedBatch batch = handle.prepareBatch(PersonRows.INSERT);
            int to = Math.min(rows.size(), from + BATCH);
            for (int i = from; i < to; i++) {
                PersonRows.add(batch, id, i, rows.get(i));
            }
            batch.execute();
        }
    }

    private static void requireUniqueRowIds(PersonList list) {
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < list.rows().size(); i++) {
            Integer first = seen.putIfAbsent(list.rows().get(i).rowId(), i);
            if (first != null) {
                throw new DuplicateException("list " + list.header().id() + ": rows " + (first + 1) + " and " + (i + 1)
                        + " share the row id '" + list.rows().get(i).rowId() + "'; give each row its own id");
            }
        }
    }

    private static Optional<ListHeader> header(Handle h, ListId id) {
        return h.createQuery(HEADER + " WHERE id = ?").bind(0, id.toString()).map((rs, ctx) -> readHeader(rs)).findOne();
    }

    private static ListHeader readHeader(ResultSet rs) throws SQLException {
        return new ListHeader(ListId.parse(rs.getString(1)), new PartyId(rs.getString(2)),
                ListPurpose.valueOf(rs.getString(3)), Category.valueOf(rs.getString(4)), rs.getString(5),
                Instant.ofEpochSecond(rs.getLong(6), rs.getInt(7)), rs.getInt(8));
    }
}
