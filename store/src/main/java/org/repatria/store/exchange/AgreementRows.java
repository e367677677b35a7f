package org.repatria.store.exchange;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.jdbi.v3.core.Handle;
import org.repatria.core.party.PartyId;

/** The SQL of agreements, their negotiation steps and observer grants. */
final class AgreementRows {
    private static final String HEADER = "SELECT id, kind, party_a, party_b, mediator, created_sec, created_nano, accepted_step"
            + " FROM agreements";
    private static final String STEPS = "SELECT step_no, step, party_id, envelope_id, text, by_user, at_sec, at_nano"
            + " FROM agreement_steps WHERE agreement_id = ?";

    private AgreementRows() {
    }

    static void insert(Handle h, StoredAgreement a) {
        h.createUpdate("INSERT INTO agreements (id, kind, party_a, party_b, mediator, created_sec, created_nano, accepted_step)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                .bind(0, a.id()).bind(1, a.kind()).bind(2, a.partyA().value()).bind(3, a.partyB().value())
                .bind(4, a.mediator().value()).bind(5, a.created().getEpochSecond()).bind(6, a.created().getNano())
                .bind(7, a.acceptedStep().orElse(0)).execute();
    }

    static void insertStep(Handle h, String agreementId, AgreementStep s) {
        h.createUpdate("INSERT INTO agreement_steps (agreement_id, step_no, step, party_id, envelope_id, text, by_user,"
                        + " at_sec, at_nano) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .bind(0, agreementId).bind(1, s.number()).bind(2, s.kind().name()).bind(3, s.party().value())
                .bind(4, s.envelopeId()).bind(5, s.text()).bind(6, s.by()).bind(7, s.at().getEpochSecond())
                .bind(8, s.at().getNano()).execute();
    }

    /** Marks step {@code accepted} as the accepted text; refused when another text was accepted already. */
    static void accept(Handle h, String agreementId, int accepted) {
        int changed = h.createUpdate("UPDATE agreements SET accepted_step = ? WHERE id = ? AND accepted_step = 0")
                .bind(0, accepted).bind(1, agreementId).execute();
        if (changed != 1) {
            throw new StaleStateException("agreement " + agreementId + " is already accepted; its accepted text no longer changes");
        }
    }

    static Optional<StoredAgreement> find(Handle h, String id) {
        return h.createQuery(HEADER + " WHERE id = ?").bind(0, id).map((rs, ctx) -> agreement(rs)).findOne();
    }

    static List<StoredAgreement> all(Handle h) {
        return h.createQuery(HEADER + " ORDER BY created_sec DESC, created_nano DESC, id").map((rs, ctx) -> agreement(rs)).list();
    }

    static List<AgreementStep> steps(Handle h, String id) {
        return h.createQuery(STEPS + " ORDER BY step_no").bind(0, id).map((rs, ctx) -> step(rs)).list();
    }

    static void grant(Handle h, String id, PartyId observer) {
        h.createUpdate("INSERT INTO agreement_grants (agreement_id, party_id) VALUES (?, ?)")
                .bind(0, id).bind(1, observer.value()).execute();
    }

    static List<PartyId> grants(Handle h, String id) {
        return h.createQuery("SELECT party_id FROM agreement_grants WHERE agreement_id = ? ORDER BY party_id").bind(0, id)
                .map((rs, ctx) -> new PartyId(rs.getString(1))).list();
    }

    private static StoredAgreement agreement(ResultSet rs) throws SQLException {
        int accepted = rs.getInt(8);
        return new StoredAgreement(rs.getString(1), rs.getString(2), new PartyId(rs.getString(3)), new PartyId(rs.getString(4)),
                new PartyId(rs.getString(5)), ExchangeColumns.instant(rs, 6), accepted == 0 ? OptionalInt.empty() : OptionalInt.of(accepted));
    }

    private static AgreementStep step(ResultSet rs) throws SQLException {
        return new AgreementStep(rs.getInt(1), AgreementStep.Kind.valueOf(rs.getString(2)), new PartyId(rs.getString(3)),
                rs.getString(4), rs.getString(5), rs.getString(6), ExchangeColumns.instant(rs, 7));
    }
}
