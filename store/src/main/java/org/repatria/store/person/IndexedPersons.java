package org.repatria.store.person;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.repatria.core.list.ListId;
import org.repatria.store.internal.engine.Database;

/**
 * The person index's persons as stored (docs/decisions/0156): which lists it joined, the person each of their rows is
 * filed in, each person's public id (a UUID; a merged person's id names its survivor), and reviewers' verdicts in the
 * order they were fed to the index. Who may see a person is the server's business.
 */
public final class IndexedPersons {
    /** Numbers bound in one query: well under every engine's limit on bound parameters. */
    private static final int CHUNK = 500;
    /** How many survivors a merged id is followed through before the chain is taken as broken. */
    private static final int MAX_HOPS = 64;
    private final Database db;

    /** The repository over {@code db}. */
    public IndexedPersons(Database db) {
        this.db = db;
    }

    /** The lists the index joined, in the order it joined them. */
    public List<ListId> joined() {
        return db.read("read the lists the person index joined", h -> h.createQuery(
                        "SELECT list_id FROM person_lists ORDER BY joined_sec, joined_nano, list_id")
                .map((rs, ctx) -> ListId.parse(rs.getString(1))).list());
    }

    /** The stored lists the index has not joined yet, oldest first. */
    public List<ListId> waiting() {
        return db.read("read the lists the person index has not joined", h -> h.createQuery(
                        "SELECT l.id FROM lists l WHERE NOT EXISTS (SELECT 1 FROM person_lists p WHERE p.list_id = l.id)"
                                + " ORDER BY l.created_sec, l.created_nano, l.id")
                .map((rs, ctx) -> ListId.parse(rs.getString(1))).list());
    }

    /** The person each row of a joined list is filed in, by row id; empty for a list not joined. */
    public Map<String, Long> filed(ListId list) {
        return db.read("read the persons of list " + list, h -> {
            Map<String, Long> out = new HashMap<>();
            h.createQuery("SELECT row_id, person_no FROM person_rows WHERE list_id = ?").bind(0, list.toString())
                    .setFetchSize(1_000).map((rs, ctx) -> Map.entry(rs.getString(1), rs.getLong(2)))
                    .forEach(e -> out.put(e.getKey(), e.getValue()));
            return out;
        });
    }

    /** Every living person's public id, by number. */
    public Map<Long, String> ids() {
        return db.read("read the persons' ids", h -> {
            Map<Long, String> out = new HashMap<>();
            h.createQuery("SELECT person_no, id FROM person_ids WHERE person_no IS NOT NULL").setFetchSize(1_000)
                    .map((rs, ctx) -> Map.entry(rs.getLong(1), rs.getString(2))).forEach(e -> out.put(e.getKey(), e.getValue()));
            return out;
        });
    }

    /** The living person an id names: itself, or the person it merged into; empty for an unknown id. */
    public Optional<Long> resolve(String id) {
        return db.read("find person " + id, h -> {
            String at = id;
            for (int hop = 0; hop < MAX_HOPS; hop++) {
                Optional<Map.Entry<Long, String>> row = h.createQuery("SELECT person_no, survivor FROM person_ids WHERE id = ?")
                        .bind(0, at).map((rs, ctx) -> {
                            long no = rs.getLong(1);
                            return Map.entry(rs.wasNull() ? -1L : no, String.valueOf(rs.getString(2)));
                        }).findOne();
                if (row.isEmpty()) {
                    return Optional.<Long>empty();
                }
                if (row.get().getKey() >= 0) {
                    return Optional.of(row.get().getKey());
                }
                at = row.get().getValue();
            }
            return Optional.<Long>empty();
        });
    }

    /**
     * Stores one step of the index in one transaction: merges first (the ceased person's id names its survivor, and so
     * do the ids that named the ceased one), then every filed row, then the joined list. A person number met for the
     * first time gets a new id. Returns the id of every person the step names.
     */
    public Map<Long, String> record(PersonChange change) {
        return db.write("store the persons" + change.joined().map(l -> " of list " + l).orElse(""), h -> {
            TreeSet<Long> numbers = new TreeSet<>(change.filed().values());
            numbers.addAll(change.mergedInto().values());
            Map<Long, String> ids = ensureIds(h, numbers);
            for (Map.Entry<Long, Long> m : change.mergedInto().entrySet()) {
                merge(h, m.getKey(), ids.get(m.getValue()), m.getValue());
            }
            file(h, change.filed());
            change.joined().ifPresent(list -> h.createUpdate(
                            "INSERT INTO person_lists (list_id, joined_sec, joined_nano) VALUES (?, ?, ?)")
                    .bind(0, list.toString()).bind(1, change.at().getEpochSecond()).bind(2, change.at().getNano()).execute());
            return ids;
        });
    }

    /** Records a verdict, numbered after every verdict recorded before it; returns its number. */
    public long addVerdict(PersonVerdict v) {
        return db.write("record a verdict on rows " + v.a().rowId() + " and " + v.b().rowId(),
                "that match run's link already has its verdict recorded", h -> insertVerdict(h, v));
    }

    /** The verdicts numbered after {@code seq}, in order. */
    public List<PersonVerdict> verdictsAfter(long seq) {
        return db.read("read the verdicts on persons", h -> h.createQuery(Verdicts.SELECT + " WHERE seq > ? ORDER BY seq")
                .bind(0, seq).map((rs, ctx) -> Verdicts.read(rs)).list());
    }

    /** The verdicts that name one of these rows, in order. */
    public List<PersonVerdict> verdictsNaming(Collection<RowKey> rows) {
        List<String> lists = rows.stream().map(r -> r.list().toString()).distinct().toList();
        if (lists.isEmpty()) {
            return List.of();
        }
        List<PersonVerdict> out = new ArrayList<>();
        db.read("read the verdicts on " + rows.size() + " rows", h -> {
            for (int from = 0; from < lists.size(); from += CHUNK) {
                List<String> chunk = lists.subList(from, Math.min(lists.size(), from + CHUNK));
                String marks = String.join(", ", Collections.nCopies(chunk.size(), "?"));
                var q = h.createQuery(Verdicts.SELECT + " WHERE a_list IN (" + marks + ") OR b_list IN (" + marks + ") ORDER BY seq");
                for (int i = 0; i < chunk.size(); i++) {
                    q.bind(i, chunk.get(i)).bind(chunk.size() + i, chunk.get(i));
                }
                q.map((rs, ctx) -> Verdicts.read(rs)).filter(v -> rows.contains(v.a()) || rows.contains(v.b())).forEach(out::add);
            }
            return null;
        });
        return out.stream().distinct().sorted(Comparator.comparingLong(PersonVerdict::seq)).toList();
    }

    /**
     * Copies the match runs' verdicts decided at or after {@code sinceSec} (epoch seconds) that are not recorded yet,
     * in the order they were decided; returns them as recorded, numbered.
     */
    public List<PersonVerdict> copyMatchVerdicts(long sinceSec) {
        return db.write("copy the match runs' verdicts to the persons", h -> {
            List<PersonVerdict> fresh = h.createQuery(Verdicts.FROM_RUNS).bind(0, sinceSec)
                    .map((rs, ctx) -> Verdicts.fromRun(rs)).list();
            List<PersonVerdict> out = new ArrayList<>();
            for (PersonVerdict v : fresh) {
                long seq = insertVerdict(h, v);
                out.add(new PersonVerdict(seq, v.a(), v.b(), v.same(), v.source(), v.run(), v.link(), v.decidedBy(), v.at(),
                        v.reason()));
            }
            return out;
        });
    }

    /** One row filed in the person numbered {@code person}, if any. */
    public Optional<RowKey> anyRowOf(long person) {
        return db.read("read a row of person " + person, h -> h.createQuery(
                        "SELECT list_id, row_id FROM person_rows WHERE person_no = ? ORDER BY list_id, row_id LIMIT 1")
                .bind(0, person).map((rs, ctx) -> new RowKey(ListId.parse(rs.getString(1)), rs.getString(2))).findOne());
    }

    private static long insertVerdict(Handle h, PersonVerdict v) {
        long seq = h.createQuery("SELECT COALESCE(MAX(seq), 0) + 1 FROM person_verdicts").mapTo(Long.class).one();
        Verdicts.insert(h, seq, v);
        return seq;
    }

    private static Map<Long, String> ensureIds(Handle h, Collection<Long> numbers) {
        Map<Long, String> ids = new HashMap<>();
        List<Long> all = List.copyOf(numbers);
        for (int from = 0; from < all.size(); from += CHUNK) {
            List<Long> chunk = all.subList(from, Math.min(all.size(), from + CHUNK));
            var q = h.createQuery("SELECT person_no, id FROM person_ids WHERE person_no IN ("
                    + String.join(", ", Collections.nCopies(chunk.size(), "?")) + ")");
            for (int i = 0; i < chunk.size(); i++) {
                q.bind(i, chunk.get(i));
            }
            q.map((rs, ctx) -> Map.entry(rs.getLong(1), rs.getString(2))).forEach(e -> ids.put(e.getKey(), e.getValue()));
        }
        PreparedBatch batch = h.prepareBatch("INSERT INTO person_ids (id, person_no, survivor) VALUES (?, ?, NULL)");
        int added = 0;
        for (Long n : all) {
            if (!ids.containsKey(n)) {
                String id = UUID.randomUUID().toString();
                ids.put(n, id);
                batch.bind(0, id).bind(1, n).add();
                added++;
            }
        }
        if (added > 0) {
            batch.execute();
        }
        return ids;
    }

    private static void merge(Handle h, long ceased, String survivorId, long survivor) {
        Optional<String> ceasedId = h.createQuery("SELECT id FROM person_ids WHERE person_no = ?").bind(0, ceased)
                .mapTo(String.class).findOne();
        if (ceasedId.isPresent()) {
            h.createUpdate("UPDATE person_ids SET survivor = ? WHERE survivor = ?").bind(0, survivorId).bind(1, ceasedId.get())
                    .execute();
            h.createUpdate("UPDATE person_ids SET person_no = NULL, survivor = ? WHERE id = ?").bind(0, survivorId)
                    .bind(1, ceasedId.get()).execute();
        }
        h.createUpdate("UPDATE person_rows SET person_no = ? WHERE person_no = ?").bind(0, survivor).bind(1, ceased).execute();
    }

    private static void file(Handle h, Map<RowKey, Long> filed) {
        List<Map.Entry<RowKey, Long>> rows = List.copyOf(filed.entrySet());
        for (int from = 0; from < rows.size(); from += 1_000) {
            List<Map.Entry<RowKey, Long>> chunk = rows.subList(from, Math.min(rows.size(), from + 1_000));
            PreparedBatch delete = h.prepareBatch("DELETE FROM person_rows WHERE list_id = ? AND row_id = ?");
            PreparedBatch insert = h.prepareBatch("INSERT INTO person_rows (list_id, row_id, person_no) VALUES (?, ?, ?)");
            for (Map.Entry<RowKey, Long> r : chunk) {
                delete.bind(0, r.getKey().list().toString()).bind(1, r.getKey().rowId()).add();
                insert.bind(0, r.getKey().list().toString()).bind(1, r.getKey().rowId()).bind(2, r.getValue()).add();
            }
            if (!chunk.isEmpty()) {
                delete.execute();
                insert.execute();
            }
        }
    }
}
