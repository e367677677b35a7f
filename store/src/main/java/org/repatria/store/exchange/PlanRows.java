package org.repatria.store.exchange;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.repatria.core.party.PartyId;

/** The SQL of tranche plans and who each plan puts in which tranche. */
final class PlanRows {
    private static final String SELECT = "SELECT plan_no, text, envelope_id, by_user, at_sec, at_nano FROM tranche_plans";

    private PlanRows() {
    }

    static int insert(Handle h, String agreementId, StoredPlan plan, List<TrancheMember> members) {
        int number = ExchangeColumns.next(h, "tranche_plans", "plan_no", agreementId, "");
        h.createUpdate("INSERT INTO tranche_plans (agreement_id, plan_no, text, envelope_id, by_user, at_sec, at_nano)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?)")
                .bind(0, agreementId).bind(1, number).bind(2, plan.text()).bind(3, plan.envelopeId().orElse(null))
                .bind(4, plan.by()).bind(5, plan.at().getEpochSecond()).bind(6, plan.at().getNano()).execute();
        if (!members.isEmpty()) {
            PreparedBatch batch = h.prepareBatch("INSERT INTO tranche_members (agreement_id, plan_no, tranche_no, party_id,"
                    + " list_id, row_id) VALUES (?, ?, ?, ?, ?, ?)");
            for (TrancheMember m : members) {
                batch.bind(0, agreementId).bind(1, number).bind(2, m.tranche()).bind(3, m.party().value())
                        .bind(4, m.person().list().toString()).bind(5, m.person().rowId()).add();
            }
            batch.execute();
        }
        return number;
    }

    static void accept(Handle h, String agreementId, int number, String envelopeId) {
        int changed = h.createUpdate("UPDATE tranche_plans SET envelope_id = ? WHERE agreement_id = ? AND plan_no = ?"
                + " AND envelope_id IS NULL").bind(0, envelopeId).bind(1, agreementId).bind(2, number).execute();
        if (changed != 1) {
            throw new StaleStateException("plan " + number + " of agreement " + agreementId + " does not exist or is accepted already");
        }
    }

    static List<StoredPlan> all(Handle h, String agreementId) {
        return h.createQuery(SELECT + " WHERE agreement_id = ? ORDER BY plan_no").bind(0, agreementId)
                .map((rs, ctx) -> read(rs)).list();
    }

    /** Plan {@code number} alone (a plan's text is large: a step reads the one it needs, not every version). */
    static Optional<StoredPlan> one(Handle h, String agreementId, int number) {
        return h.createQuery(SELECT + " WHERE agreement_id = ? AND plan_no = ?").bind(0, agreementId).bind(1, number)
                .map((rs, ctx) -> read(rs)).findOne();
    }

    /** The latest accepted plan alone. */
    static Optional<StoredPlan> inForce(Handle h, String agreementId) {
        return h.createQuery(SELECT + " WHERE agreement_id = ? AND envelope_id IS NOT NULL ORDER BY plan_no DESC LIMIT 1")
                .bind(0, agreementId).map((rs, ctx) -> read(rs)).findOne();
    }

    private static StoredPlan read(ResultSet rs) throws SQLException {
        return new StoredPlan(rs.getInt(1), rs.getString(2), Optional.ofNullable(rs.getString(3)), rs.getString(4),
                ExchangeColumns.instant(rs, 5));
    }

    static List<TrancheMember> members(Handle h, String agreementId, int number) {
        return h.createQuery("SELECT tranche_no, party_id, list_id, row_id FROM tranche_members"
                        + " WHERE agreement_id = ? AND plan_no = ? ORDER BY tranche_no, party_id, list_id, row_id")
                .bind(0, agreementId).bind(1, number)
                .map((rs, ctx) -> new TrancheMember(rs.getInt(1), new PartyId(rs.getString(2)), ExchangeColumns.person(rs, 3))).list();
    }
}
