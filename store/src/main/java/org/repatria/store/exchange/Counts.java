package org.repatria.store.exchange;

import java.util.List;
import java.util.OptionalInt;
import org.jdbi.v3.core.Handle;
import org.repatria.core.party.PartyId;
import org.repatria.store.internal.engine.Database;
import org.repatria.store.log.EntryRows;

/** The signed counts of remains tranches, one per tranche and stage; stored with their document's log entry. */
public final class Counts {
    private final Database db;

    Counts(Database db) {
        this.db = db;
    }

    /** The row of {@code count} to store with its document's entry; a second count of its tranche and stage is a duplicate. */
    public EntryRows counting(String agreementId, StoredCount count) {
        return EntryRows.of("tranche " + count.tranche() + " of agreement " + agreementId + " has a " + count.stage()
                + " count already; a stage is counted once", h -> insert(h, agreementId, count));
    }

    /** Every count of the agreement, by tranche and stage. */
    public List<StoredCount> of(String agreementId) {
        return db.read("read the counts of agreement " + agreementId, h -> h.createQuery("SELECT tranche, stage, party_id,"
                        + " persons, bags, samples, envelope_id, by_user, at_sec, at_nano FROM tranche_counts"
                        + " WHERE agreement_id = ? ORDER BY tranche, at_sec, at_nano").bind(0, agreementId)
                .map((rs, ctx) -> {
                    int samples = rs.getInt(6);
                    OptionalInt counted = rs.wasNull() ? OptionalInt.empty() : OptionalInt.of(samples);
                    return new StoredCount(rs.getInt(1), rs.getString(2), new PartyId(rs.getString(3)), rs.getInt(4),
                            rs.getInt(5), counted, rs.getString(7),
                            rs.getString(8), ExchangeColumns.instant(rs, 9));
                }).list());
    }

    private static void insert(Handle h, String agreementId, StoredCount c) {
        h.createUpdate("INSERT INTO tranche_counts (agreement_id, tranche, stage, party_id, persons, bags, samples, envelope_id,"
                        + " by_user, at_sec, at_nano) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .bind(0, agreementId).bind(1, c.tranche()).bind(2, c.stage()).bind(3, c.party().value()).bind(4, c.persons())
                .bind(5, c.bags()).bind(6, c.samples().isPresent() ? (Integer) c.samples().getAsInt() : null)
                .bind(7, c.envelopeId()).bind(8, c.by()).bind(9, c.at().getEpochSecond()).bind(10, c.at().getNano()).execute();
    }
}
