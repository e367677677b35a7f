package org.repatria.store.reunification;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.repatria.core.agreement.PersonRef;
import org.repatria.core.list.ListId;
import org.repatria.core.party.PartyId;
import org.repatria.core.reunification.Escort;
import org.repatria.core.reunification.EscortRole;
import org.repatria.core.reunification.Guardian;
import org.repatria.core.reunification.LegalStanding;

/** The SQL of guardian checks and reunifications. */
final class ReunionRows {
    private static final String CHECK = "SELECT agreement_id, tranche, child_list, child_row, guardian_name, document_type,"
            + " document_number, relation, standing, standing_document, escort_name, escort_role, escort_document, party_id,"
            + " by_user, at_sec, at_nano FROM guardian_checks";
    private static final String REUNION = "SELECT child_list, child_row, agreement_id, tranche, request_list, request_row,"
            + " envelope_id, case_closed, by_user, at_sec, at_nano FROM reunifications";

    private ReunionRows() {
    }

    static void insertCheck(Handle h, GuardianRecord c) {
        Guardian g = c.guardian();
        h.createUpdate("INSERT INTO guardian_checks (agreement_id, tranche, child_list, child_row, guardian_name, document_type,"
                        + " document_number, relation, standing, standing_document, escort_name, escort_role, escort_document,"
                        + " party_id, by_user, at_sec, at_nano) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .bind(0, c.agreementId()).bind(1, c.tranche()).bind(2, c.child().list().toString()).bind(3, c.child().rowId())
                .bind(4, g.name()).bind(5, g.documentType()).bind(6, g.documentNumber()).bind(7, g.relation())
                .bind(8, g.standing().token()).bind(9, g.standingDocument()).bind(10, c.escort().name())
                .bind(11, c.escort().role().token()).bind(12, c.escort().document()).bind(13, c.party().value())
                .bind(14, c.by()).bind(15, c.at().getEpochSecond()).bind(16, c.at().getNano()).execute();
    }

    static Optional<GuardianRecord> check(Handle h, String agreementId, PersonRef child) {
        return h.createQuery(CHECK + " WHERE agreement_id = ? AND child_list = ? AND child_row = ?").bind(0, agreementId)
                .bind(1, child.list().toString()).bind(2, child.rowId()).map((rs, ctx) -> check(rs)).findFirst();
    }

    static List<GuardianRecord> checks(Handle h, String agreementId) {
        return h.createQuery(CHECK + " WHERE agreement_id = ? ORDER BY at_sec, at_nano").bind(0, agreementId)
                .map((rs, ctx) -> check(rs)).list();
    }

    static void insertReunion(Handle h, ReunionRecord r) {
        h.createUpdate("INSERT INTO reunifications (child_list, child_row, agreement_id, tranche, request_list, request_row,"
                        + " envelope_id, case_closed, by_user, at_sec, at_nano) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .bind(0, r.child().list().toString()).bind(1, r.child().rowId()).bind(2, r.agreementId()).bind(3, r.tranche())
                .bind(4, r.request().list().toString()).bind(5, r.request().rowId()).bind(6, r.envelopeId())
                .bind(7, r.caseClosed()).bind(8, r.by()).bind(9, r.at().getEpochSecond()).bind(10, r.at().getNano()).execute();
    }

    static Optional<ReunionRecord> reunion(Handle h, PersonRef child, PersonRef request) {
        return h.createQuery(REUNION + " WHERE (child_list = ? AND child_row = ?) OR (request_list = ? AND request_row = ?)")
                .bind(0, child.list().toString()).bind(1, child.rowId()).bind(2, request.list().toString())
                .bind(3, request.rowId()).map((rs, ctx) -> reunion(rs)).findFirst();
    }

    static List<ReunionRecord> reunions(Handle h, String agreementId) {
        return h.createQuery(REUNION + " WHERE agreement_id = ? ORDER BY at_sec, at_nano").bind(0, agreementId)
                .map((rs, ctx) -> reunion(rs)).list();
    }

    private static GuardianRecord check(ResultSet rs) throws SQLException {
        return new GuardianRecord(rs.getString(1), rs.getInt(2), person(rs, 3),
                new Guardian(rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8),
                        LegalStanding.parse("standing", rs.getString(9)), rs.getString(10)),
                new Escort(rs.getString(11), EscortRole.parse("escort_role", rs.getString(12)), rs.getString(13)),
                new PartyId(rs.getString(14)), rs.getString(15), instant(rs, 16));
    }

    private static ReunionRecord reunion(ResultSet rs) throws SQLException {
        return new ReunionRecord(person(rs, 1), rs.getString(3), rs.getInt(4), person(rs, 5), rs.getString(7),
                rs.getBoolean(8), rs.getString(9), instant(rs, 10));
    }

    private static PersonRef person(ResultSet rs, int column) throws SQLException {
        return new PersonRef(new ListId(UUID.fromString(rs.getString(column))), rs.getString(column + 1));
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        return Instant.ofEpochSecond(rs.getLong(column), rs.getInt(column + 1));
    }
}
