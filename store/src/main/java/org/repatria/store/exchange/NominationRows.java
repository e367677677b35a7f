package org.repatria.store.exchange;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.repatria.core.party.PartyId;

/** The SQL of nominations. */
final class NominationRows {
    private NominationRows() {
    }

    static void insert(Handle h, String agreementId, List<StoredNomination> nominations) {
        if (nominations.isEmpty()) {
            return;
        }
        PreparedBatch batch = h.prepareBatch("INSERT INTO nominations (agreement_id, party_id, list_id, row_id, priority, reserve,"
                + " health, eligible, reason, request_list, request_row, by_user, at_sec, at_nano)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        for (StoredNomination n : nominations) {
            batch.bind(0, agreementId).bind(1, n.party().value()).bind(2, n.person().list().toString()).bind(3, n.person().rowId())
                    .bind(4, n.priority()).bind(5, n.reserve() ? 1 : 0).bind(6, n.health()).bind(7, n.eligible() ? 1 : 0)
                    .bind(8, n.reason()).bind(9, ExchangeColumns.listOrNull(n.request())).bind(10, ExchangeColumns.rowOrNull(n.request()))
                    .bind(11, n.by()).bind(12, n.at().getEpochSecond()).bind(13, n.at().getNano()).add();
        }
        batch.execute();
    }

    static int nextPriority(Handle h, String agreementId, PartyId party) {
        return ExchangeColumns.next(h, "nominations", "priority", agreementId, " AND party_id = ?", party.value());
    }

    static List<StoredNomination> all(Handle h, String agreementId) {
        return h.createQuery("SELECT party_id, list_id, row_id, priority, reserve, health, eligible, reason, request_list,"
                        + " request_row, by_user, at_sec, at_nano FROM nominations WHERE agreement_id = ?"
                        + " ORDER BY party_id, priority")
                .bind(0, agreementId).map((rs, ctx) -> nomination(rs)).list();
    }

    /** Each nominating side's first nomination's time (to the second), from one grouped query. */
    static Map<PartyId, Instant> first(Handle h, String agreementId) {
        Map<PartyId, Instant> out = new HashMap<>();
        h.createQuery("SELECT party_id, MIN(at_sec) FROM nominations WHERE agreement_id = ? GROUP BY party_id")
                .bind(0, agreementId).map((rs, ctx) -> Map.entry(new PartyId(rs.getString(1)), Instant.ofEpochSecond(rs.getLong(2))))
                .forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }

    private static StoredNomination nomination(ResultSet rs) throws SQLException {
        return new StoredNomination(new PartyId(rs.getString(1)), ExchangeColumns.person(rs, 2), rs.getInt(4), rs.getInt(5) == 1,
                rs.getString(6), rs.getInt(7) == 1, rs.getString(8), ExchangeColumns.optionalPerson(rs, 9), rs.getString(11),
                ExchangeColumns.instant(rs, 12));
    }
}
