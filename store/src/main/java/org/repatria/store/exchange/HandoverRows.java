package org.repatria.store.exchange;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.repatria.core.party.PartyId;

/** The SQL of handover checks, discrepancies and acts. */
final class HandoverRows {
    private HandoverRows() {
    }

    static void insertChecks(Handle h, String agreementId, List<HandoverCheck> checks) {
        if (checks.isEmpty()) {
            return;
        }
        int next = ExchangeColumns.next(h, "handover_checks", "check_no", agreementId, " AND tranche_no = ?", checks.getFirst().tranche());
        PreparedBatch batch = h.prepareBatch("INSERT INTO handover_checks (agreement_id, tranche_no, check_no, party_id, list_id,"
                + " row_id, presented, outcome, note, by_user, at_sec, at_nano) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        for (HandoverCheck c : checks) {
            batch.bind(0, agreementId).bind(1, c.tranche()).bind(2, next++).bind(3, c.party().value())
                    .bind(4, ExchangeColumns.listOrNull(c.person())).bind(5, ExchangeColumns.rowOrNull(c.person())).bind(6, c.presented())
                    .bind(7, c.outcome()).bind(8, c.note()).bind(9, c.by()).bind(10, c.at().getEpochSecond())
                    .bind(11, c.at().getNano()).add();
        }
        batch.execute();
    }

    static void insertDiscrepancies(Handle h, String agreementId, List<Discrepancy> found) {
        if (found.isEmpty()) {
            return;
        }
        int next = ExchangeColumns.next(h, "handover_discrepancies", "disc_no", agreementId, " AND tranche_no = ?", found.getFirst().tranche());
        PreparedBatch batch = h.prepareBatch("INSERT INTO handover_discrepancies (agreement_id, tranche_no, disc_no, kind,"
                + " list_id, row_id, detail, at_sec, at_nano) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
        for (Discrepancy d : found) {
            batch.bind(0, agreementId).bind(1, d.tranche()).bind(2, next++).bind(3, d.kind())
                    .bind(4, ExchangeColumns.listOrNull(d.person())).bind(5, ExchangeColumns.rowOrNull(d.person())).bind(6, d.detail())
                    .bind(7, d.at().getEpochSecond()).bind(8, d.at().getNano()).add();
        }
        batch.execute();
    }

    static List<HandoverCheck> checks(Handle h, String agreementId, int tranche) {
        return h.createQuery("SELECT tranche_no, party_id, list_id, row_id, presented, outcome, note, by_user, at_sec, at_nano"
                        + " FROM handover_checks WHERE agreement_id = ? AND tranche_no = ? ORDER BY check_no")
                .bind(0, agreementId).bind(1, tranche)
                .map((rs, ctx) -> new HandoverCheck(rs.getInt(1), new PartyId(rs.getString(2)), ExchangeColumns.optionalPerson(rs, 3),
                        rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), ExchangeColumns.instant(rs, 9))).list();
    }

    static List<Discrepancy> discrepancies(Handle h, String agreementId) {
        return h.createQuery("SELECT tranche_no, kind, list_id, row_id, detail, at_sec, at_nano FROM handover_discrepancies"
                        + " WHERE agreement_id = ? ORDER BY tranche_no, disc_no").bind(0, agreementId)
                .map((rs, ctx) -> new Discrepancy(rs.getInt(1), rs.getString(2), ExchangeColumns.optionalPerson(rs, 3), rs.getString(5),
                        ExchangeColumns.instant(rs, 6))).list();
    }

    static void insertAct(Handle h, String agreementId, StoredAct act) {
        h.createUpdate("INSERT INTO handover_acts (agreement_id, tranche_no, envelope_id, text, by_user, at_sec, at_nano)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?)")
                .bind(0, agreementId).bind(1, act.tranche()).bind(2, act.envelopeId()).bind(3, act.text()).bind(4, act.by())
                .bind(5, act.at().getEpochSecond()).bind(6, act.at().getNano()).execute();
    }

    /** When each tranche's act was completed, by tranche, without the acts' texts. */
    static Map<Integer, Instant> actTimes(Handle h, String agreementId) {
        Map<Integer, Instant> out = new HashMap<>();
        h.createQuery("SELECT tranche_no, at_sec, at_nano FROM handover_acts WHERE agreement_id = ?").bind(0, agreementId)
                .map((rs, ctx) -> Map.entry(rs.getInt(1), ExchangeColumns.instant(rs, 2)))
                .forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }

    static List<StoredAct> acts(Handle h, String agreementId) {
        return h.createQuery("SELECT tranche_no, envelope_id, text, by_user, at_sec, at_nano FROM handover_acts"
                        + " WHERE agreement_id = ? ORDER BY tranche_no").bind(0, agreementId)
                .map((rs, ctx) -> new StoredAct(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        ExchangeColumns.instant(rs, 5))).list();
    }
}
