package org.repatria.store.child;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Query;
import org.repatria.core.account.Role;
import org.repatria.core.list.ListId;
import org.repatria.core.party.PartyId;
import org.repatria.store.internal.engine.Database;

/** The record of reads of children's records (docs/decisions/0147): appended once per allowed read, never changed. */
public final class ChildReads {
    private static final String COLUMNS = "id, at_sec, at_nano, username, party_id, role, list_id, list_author, row_id, what";
    private final Database db;

    /** The repository over {@code db}. */
    public ChildReads(Database db) {
        this.db = db;
    }

    /** Appends one read. */
    public void record(ChildRead r) {
        db.write("record a read of a child's record", h -> h.createUpdate("INSERT INTO child_reads (" + COLUMNS
                        + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .bind(0, r.id()).bind(1, r.at().getEpochSecond()).bind(2, r.at().getNano()).bind(3, r.username())
                .bind(4, r.party().value()).bind(5, r.role().name()).bind(6, r.list().toString())
                .bind(7, r.listAuthor().value()).bind(8, r.rowId().orElse("")).bind(9, r.what().name()).execute());
    }

    /** The page of reads the query selects, newest first. */
    public List<ChildRead> page(ReadQuery q) {
        return db.read("read the record of reads", h -> {
            List<Object> args = new ArrayList<>();
            String where = where(q, args);
            Query query = h.createQuery("SELECT " + COLUMNS + " FROM child_reads" + where
                    + " ORDER BY at_sec DESC, at_nano DESC, id DESC LIMIT " + q.limit() + " OFFSET " + q.offset());
            bind(query, args);
            return query.map((rs, ctx) -> read(rs)).list();
        });
    }

    /** How many reads the query selects, whatever its page. */
    public int count(ReadQuery q) {
        return db.read("count the record of reads", h -> count(h, q));
    }

    private static int count(Handle h, ReadQuery q) {
        List<Object> args = new ArrayList<>();
        Query query = h.createQuery("SELECT COUNT(*) FROM child_reads" + where(q, args));
        bind(query, args);
        return query.mapTo(Integer.class).one();
    }

    private static String where(ReadQuery q, List<Object> args) {
        List<String> terms = new ArrayList<>();
        q.scope().ifPresent(p -> {
            terms.add("(party_id = ? OR list_author = ?)");
            args.add(p.value());
            args.add(p.value());
        });
        q.username().ifPresent(u -> {
            terms.add("username = ?");
            args.add(u);
        });
        q.list().ifPresent(l -> {
            terms.add("list_id = ?");
            args.add(l.toString());
        });
        q.what().ifPresent(w -> {
            terms.add("what = ?");
            args.add(w.name());
        });
        return terms.isEmpty() ? "" : " WHERE " + String.join(" AND ", terms);
    }

    private static void bind(Query query, List<Object> args) {
        for (int i = 0; i < args.size(); i++) {
            query.bind(i, args.get(i));
        }
    }

    private static ChildRead read(ResultSet rs) throws SQLException {
        String row = rs.getString(9);
        return new ChildRead(rs.getString(1), Instant.ofEpochSecond(rs.getLong(2), rs.getInt(3)), rs.getString(4),
                new PartyId(rs.getString(5)), Role.valueOf(rs.getString(6)), ListId.parse(rs.getString(7)),
                new PartyId(rs.getString(8)), row.isEmpty() ? Optional.empty() : Optional.of(row),
                RecordPart.valueOf(rs.getString(10)));
    }
}
