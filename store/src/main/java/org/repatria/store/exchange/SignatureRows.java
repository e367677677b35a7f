package org.repatria.store.exchange;

import java.util.List;
import org.jdbi.v3.core.Handle;
import org.repatria.core.party.PartyId;

/** The SQL of the parties' signatures on texts both sign. */
final class SignatureRows {
    private SignatureRows() {
    }

    /** Inserts the signature in place {@code place} (1 or 2) of its subject; a place taken is a unique-key failure. */
    static void insert(Handle h, String agreementId, Signature s, int place) {
        h.createUpdate("INSERT INTO exchange_signatures (agreement_id, subject, party_id, envelope_id, by_user, at_sec, at_nano,"
                        + " signing_no) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                .bind(0, agreementId).bind(1, s.subject()).bind(2, s.party().value()).bind(3, s.envelopeId()).bind(4, s.by())
                .bind(5, s.at().getEpochSecond()).bind(6, s.at().getNano()).bind(7, place).execute();
    }

    /** The next free place on the subject, as this transaction sees it. */
    static int nextPlace(Handle h, String agreementId, String subject) {
        return h.createQuery("SELECT COUNT(*) FROM exchange_signatures WHERE agreement_id = ? AND subject = ?")
                .bind(0, agreementId).bind(1, subject).mapTo(Integer.class).one() + 1;
    }

    static List<Signature> of(Handle h, String agreementId, String subject) {
        return h.createQuery("SELECT subject, party_id, envelope_id, by_user, at_sec, at_nano FROM exchange_signatures"
                        + " WHERE agreement_id = ? AND subject = ? ORDER BY signing_no")
                .bind(0, agreementId).bind(1, subject)
                .map((rs, ctx) -> new Signature(rs.getString(1), new PartyId(rs.getString(2)), rs.getString(3), rs.getString(4),
                        ExchangeColumns.instant(rs, 5))).list();
    }
}
