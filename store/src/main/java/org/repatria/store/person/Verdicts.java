package org.repatria.store.person;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalInt;
import org.jdbi.v3.core.Handle;
import org.repatria.core.list.ListId;

/** The SQL of {@code person_verdicts}: reading, writing, and copying a match run's decided links. */
final class Verdicts {
    static final String SELECT = "SELECT seq, a_list, a_row, b_list, b_row, verdict, source, run_id, link_no, decided_by,"
            + " decided_sec, decided_nano, reason FROM person_verdicts";
    /** Decided links of match runs at or after a second, not yet copied, in the order they were decided. */
    static final String FROM_RUNS = "SELECT r.id, r.left_list, l.left_row, r.right_list, l.right_row, l.status, l.link_no,"
            + " l.decided_by, l.decided_sec, l.decided_nano FROM match_links l JOIN match_runs r ON r.id = l.run_id"
            + " WHERE l.decided_sec >= ? AND l.status IN ('CONFIRMED', 'REJECTED') AND NOT EXISTS (SELECT 1 FROM"
            + " person_verdicts v WHERE v.run_id = l.run_id AND v.link_no = l.link_no)"
            + " ORDER BY l.decided_sec, l.decided_nano, r.id, l.link_no";

    private Verdicts() {
    }

    static PersonVerdict read(ResultSet rs) throws SQLException {
        String run = rs.getString(8);
        int link = rs.getInt(9);
        OptionalInt linkNo = rs.wasNull() ? OptionalInt.empty() : OptionalInt.of(link);
        return new PersonVerdict(rs.getLong(1), new RowKey(ListId.parse(rs.getString(2)), rs.getString(3)),
                new RowKey(ListId.parse(rs.getString(4)), rs.getString(5)), "SAME".equals(rs.getString(6)),
                PersonVerdict.Source.valueOf(rs.getString(7)), Optional.ofNullable(run), linkNo, rs.getString(10),
                Instant.ofEpochSecond(rs.getLong(11), rs.getInt(12)), rs.getString(13));
    }

    static PersonVerdict fromRun(ResultSet rs) throws SQLException {
        return new PersonVerdict(0, new RowKey(ListId.parse(rs.getString(2)), rs.getString(3)),
                new RowKey(ListId.parse(rs.getString(4)), rs.getString(5)), "CONFIRMED".equals(rs.getString(6)),
                PersonVerdict.Source.MATCH, Optional.of(rs.getString(1)), OptionalInt.of(rs.getInt(7)),
                String.valueOf(rs.getString(8)), Instant.ofEpochSecond(rs.getLong(9), rs.getInt(10)), "");
    }

    static void insert(Handle h, long seq, PersonVerdict v) {
        h.createUpdate("INSERT INTO person_verdicts (seq, a_list, a_row, b_list, b_row, verdict, source, run_id, link_no,"
                        + " decided_by, decided_sec, decided_nano, reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .bind(0, seq).bind(1, v.a().list().toString()).bind(2, v.a().rowId()).bind(3, v.b().list().toString())
                .bind(4, v.b().rowId()).bind(5, v.same() ? "SAME" : "DIFFERENT").bind(6, v.source().name())
                .bind(7, v.run().orElse(null)).bind(8, v.link().isPresent() ? v.link().getAsInt() : null)
                .bind(9, v.decidedBy()).bind(10, v.at().getEpochSecond()).bind(11, v.at().getNano()).bind(12, v.reason())
                .execute();
    }
}
