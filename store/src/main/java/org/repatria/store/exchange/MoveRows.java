package org.repatria.store.exchange;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.repatria.core.agreement.PersonRef;
import org.repatria.core.party.PartyId;

/**
 * The SQL of lifecycle moves: each move checks the person is still in the state it starts from (so two desks moving
 * the same person cannot both win), updates the current state and appends the history row.
 */
final class MoveRows {
    private static final String HISTORY = "SELECT list_id, row_id, from_state, to_state, by_user, by_party, at_sec, at_nano,"
            + " reason FROM person_moves WHERE agreement_id = ?";

    private MoveRows() {
    }

    static void apply(Handle h, String agreementId, List<StoredMove> moves) {
        if (moves.isEmpty()) {
            return;
        }
        Map<PersonRef, Current> now = current(h, agreementId);
        PreparedBatch first = h.prepareBatch("INSERT INTO person_states (agreement_id, list_id, row_id, state, moves)"
                + " VALUES (?, ?, ?, ?, 1)");
        PreparedBatch later = h.prepareBatch("UPDATE person_states SET state = ?, moves = moves + 1"
                + " WHERE agreement_id = ? AND list_id = ? AND row_id = ? AND state = ? AND moves = ?");
        PreparedBatch history = h.prepareBatch("INSERT INTO person_moves (agreement_id, list_id, row_id, move_no, from_state,"
                + " to_state, by_user, by_party, at_sec, at_nano, reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        for (StoredMove m : moves) {
            // A person the agreement has no state for yet starts from wherever the caller says (requested, held).
            Current was = now.getOrDefault(m.person(), new Current(m.from(), 0));
            if (!was.state().equals(m.from())) {
                throw new StaleStateException(m.person() + " is now " + was.state() + ", not " + m.from()
                        + "; nothing was stored: reload and try again");
            }
            String list = m.person().list().toString();
            if (was.moves() == 0) {
                first.bind(0, agreementId).bind(1, list).bind(2, m.person().rowId()).bind(3, m.to()).add();
            } else {
                later.bind(0, m.to()).bind(1, agreementId).bind(2, list).bind(3, m.person().rowId()).bind(4, m.from())
                        .bind(5, was.moves()).add();
            }
            history.bind(0, agreementId).bind(1, list).bind(2, m.person().rowId()).bind(3, was.moves() + 1).bind(4, m.from())
                    .bind(5, m.to()).bind(6, m.by()).bind(7, m.party().value()).bind(8, m.at().getEpochSecond())
                    .bind(9, m.at().getNano()).bind(10, m.reason()).add();
            now.put(m.person(), new Current(m.to(), was.moves() + 1));
        }
        if (first.size() > 0) {
            first.execute();
        }
        if (later.size() > 0) {
            for (int count : later.execute()) {
                if (count != 1) {
                    throw new StaleStateException("another desk moved one of these persons meanwhile; nothing was stored:"
                            + " reload and try again");
                }
            }
        }
        history.execute();
    }

    static Map<PersonRef, String> states(Handle h, String agreementId) {
        Map<PersonRef, String> out = new HashMap<>();
        current(h, agreementId).forEach((p, c) -> out.put(p, c.state()));
        return out;
    }

    static List<StoredMove> history(Handle h, String agreementId) {
        return h.createQuery(HISTORY + " ORDER BY at_sec, at_nano, list_id, row_id, move_no").bind(0, agreementId)
                .map((rs, ctx) -> move(rs)).list();
    }

    static List<StoredMove> history(Handle h, String agreementId, PersonRef person) {
        return h.createQuery(HISTORY + " AND list_id = ? AND row_id = ? ORDER BY move_no").bind(0, agreementId)
                .bind(1, person.list().toString()).bind(2, person.rowId()).map((rs, ctx) -> move(rs)).list();
    }

    private static Map<PersonRef, Current> current(Handle h, String agreementId) {
        Map<PersonRef, Current> out = new HashMap<>();
        h.createQuery("SELECT list_id, row_id, state, moves FROM person_states WHERE agreement_id = ?").bind(0, agreementId)
                .map((rs, ctx) -> Map.entry(ExchangeColumns.person(rs, 1), new Current(rs.getString(3), rs.getInt(4))))
                .forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }

    private static StoredMove move(ResultSet rs) throws SQLException {
        return new StoredMove(ExchangeColumns.person(rs, 1), rs.getString(3), rs.getString(4), rs.getString(5),
                new PartyId(rs.getString(6)), ExchangeColumns.instant(rs, 7), rs.getString(9));
    }

    private record Current(String state, int moves) {
    }
}
