package org.repatria.store.death;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.repatria.core.party.PartyId;
import org.repatria.store.internal.engine.Database;
import org.repatria.store.log.EntryRows;

/** Death records' rows; the caller (the server) decides who may read or write what. */
public final class DeathRecords {
    private static final String SELECT = "SELECT envelope_id, identification_id, revision, corrects, party_id, side_id,"
            + " by_user, at_sec, at_nano FROM death_records";
    private final Database db;

    public DeathRecords(Database db) {
        this.db = db;
    }

    /**
     * The row of a signed record, to store with its log entry; a second record of the same identification at the same
     * revision (two recording at once, or a correction of a record corrected already) is a duplicate.
     */
    public EntryRows recording(StoredDeathRecord r) {
        return EntryRows.of("identification " + r.identificationId() + " has a death record of revision " + r.revision()
                + " already; read the latest record and correct it", h -> h.createUpdate("INSERT INTO death_records"
                        + " (envelope_id, identification_id, revision, corrects, party_id, side_id, by_user, at_sec, at_nano)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .bind(0, r.envelopeId()).bind(1, r.identificationId()).bind(2, r.revision())
                .bind(3, r.corrects().orElse(null)).bind(4, r.party().value()).bind(5, r.side().value())
                .bind(6, r.by()).bind(7, r.at().getEpochSecond()).bind(8, r.at().getNano()).execute());
    }

    /** The records of identification {@code identificationId}, first revision first. */
    public List<StoredDeathRecord> of(String identificationId) {
        return db.read("read the death records of identification " + identificationId, h -> h.createQuery(SELECT
                + " WHERE identification_id = ? ORDER BY revision").bind(0, identificationId)
                .map((rs, ctx) -> read(rs)).list());
    }

    /** The record with envelope {@code envelopeId}, when there is one. */
    public Optional<StoredDeathRecord> find(String envelopeId) {
        return db.read("read death record " + envelopeId, h -> h.createQuery(SELECT + " WHERE envelope_id = ?")
                .bind(0, envelopeId).map((rs, ctx) -> read(rs)).findFirst());
    }

    /** At most {@code limit} records that {@code party} made or that go to it, newest first. */
    public List<StoredDeathRecord> touching(PartyId party, int limit) {
        return db.read("read the death records of " + party, h -> h.createQuery(SELECT
                + " WHERE party_id = ? OR side_id = ? ORDER BY at_sec DESC, at_nano DESC, envelope_id LIMIT ?")
                .bind(0, party.value()).bind(1, party.value()).bind(2, limit).map((rs, ctx) -> read(rs)).list());
    }

    /** At most {@code limit} records of every party, newest first (for the mediator). */
    public List<StoredDeathRecord> all(int limit) {
        return db.read("read the death records", h -> h.createQuery(SELECT
                + " ORDER BY at_sec DESC, at_nano DESC, envelope_id LIMIT ?").bind(0, limit).map((rs, ctx) -> read(rs)).list());
    }

    /** The last custody step {@code party} recorded for the bag tagged {@code bag}: in which agreement, its kind, where. */
    public record LastCustody(String bag, String agreementId, String kind, String place) {
    }

    /**
     * Where the remains that DNA sample {@code remainsId} was taken from were last recorded by {@code party}: the bag the
     * sample was taken from (its own record, 0173) and that bag's custody chain in the sample's agreement; for remains
     * with no recorded sample, a bag tagged with the id itself.
     */
    public Optional<LastCustody> lastCustody(PartyId party, String remainsId) {
        return db.read("read the custody of the remains of sample " + remainsId, h -> {
            Optional<String[]> sample = h.createQuery("SELECT body_tag, agreement_id FROM remains_samples"
                            + " WHERE party_id = ? AND sample_id = ?").bind(0, party.value()).bind(1, remainsId)
                    .map((rs, ctx) -> new String[] {rs.getString(1), rs.getString(2)}).findFirst();
            String bag = sample.map(s -> s[0]).orElse(remainsId);
            var query = h.createQuery("SELECT agreement_id, kind, place FROM custody_steps WHERE body_tag = ? AND party_id = ?"
                            + (sample.isPresent() ? " AND agreement_id = ?" : "")
                            + " ORDER BY at_sec DESC, at_nano DESC, step_no DESC LIMIT 1").bind(0, bag).bind(1, party.value());
            sample.ifPresent(s -> query.bind(2, s[1]));
            return query.map((rs, ctx) -> new LastCustody(bag, rs.getString(1), rs.getString(2), rs.getString(3))).findFirst();
        });
    }

    private static StoredDeathRecord read(ResultSet rs) throws SQLException {
        return new StoredDeathRecord(rs.getString(1), rs.getString(2), rs.getInt(3), Optional.ofNullable(rs.getString(4)),
                new PartyId(rs.getString(5)), new PartyId(rs.getString(6)), rs.getString(7),
                Instant.ofEpochSecond(rs.getLong(8), rs.getInt(9)));
    }
}
