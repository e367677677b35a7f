package org.repatria.store.exchange;

import java.util.List;
import org.jdbi.v3.core.Handle;
import org.repatria.core.party.PartyId;

/** The SQL of custody steps. */
final class CustodyRows {
    private CustodyRows() {
    }

    static void insert(Handle h, String agreementId, CustodyRecord r) {
        h.createUpdate("INSERT INTO custody_steps (agreement_id, body_tag, step_no, kind, party_id, place, note, identified_list,"
                        + " identified_row, by_user, at_sec, at_nano) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .bind(0, agreementId).bind(1, r.bodyTag()).bind(2, r.number()).bind(3, r.kind()).bind(4, r.party().value())
                .bind(5, r.where()).bind(6, r.note()).bind(7, ExchangeColumns.listOrNull(r.identifiedAs()))
                .bind(8, ExchangeColumns.rowOrNull(r.identifiedAs())).bind(9, r.by()).bind(10, r.at().getEpochSecond())
                .bind(11, r.at().getNano()).execute();
    }

    static List<CustodyRecord> of(Handle h, String agreementId, String bodyTag) {
        return h.createQuery("SELECT body_tag, step_no, kind, party_id, place, note, identified_list, identified_row, by_user,"
                        + " at_sec, at_nano FROM custody_steps WHERE agreement_id = ? AND body_tag = ? ORDER BY step_no")
                .bind(0, agreementId).bind(1, bodyTag)
                .map((rs, ctx) -> new CustodyRecord(rs.getString(1), rs.getInt(2), rs.getString(3), new PartyId(rs.getString(4)),
                        rs.getString(5), rs.getString(6), ExchangeColumns.optionalPerson(rs, 7), rs.getString(9),
                        ExchangeColumns.instant(rs, 10))).list();
    }
}
