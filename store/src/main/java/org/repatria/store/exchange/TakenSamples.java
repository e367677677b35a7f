package org.repatria.store.exchange;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.Query;
import org.repatria.core.agreement.PersonRef;
import org.repatria.core.party.PartyId;
import org.repatria.store.internal.engine.Database;

/**
 * Samples taken from received body bags and their chains (V17): stored all or nothing, read by agreement or by id,
 * always within the party that holds them. A sample id already held by the party is a {@code DuplicateException}.
 */
public final class TakenSamples {
    private static final String STEPS = "SELECT sample_id, step_no, kind, place, note, case_id, identified_list,"
            + " identified_row, by_user, at_sec, at_nano FROM sample_steps";
    private final Database db;

    public TakenSamples(Database db) {
        this.db = db;
    }

    /** Stores new samples, each with its first step (the taking), in one transaction. */
    public void take(PartyId party, String agreementId, List<StoredSample> samples) {
        db.write("store " + samples.size() + " samples", "a sample id is already held by " + party
                + "; each sample is in one bag only", h -> {
                    PreparedBatch s = h.prepareBatch("INSERT INTO remains_samples (party_id, sample_id, agreement_id,"
                            + " body_tag) VALUES (?, ?, ?, ?)");
                    samples.forEach(x -> s.bind(0, party.value()).bind(1, x.id()).bind(2, agreementId)
                            .bind(3, x.bodyTag()).add());
                    if (s.size() > 0) {
                        s.execute();
                    }
                    PreparedBatch steps = h.prepareBatch(insert());
                    samples.forEach(x -> x.steps().forEach(r -> bind(steps, party, x.id(), r).add()));
                    if (steps.size() > 0) {
                        steps.execute();
                    }
                    return null;
                });
    }

    /** Adds one step to a sample's chain, with the lifecycle moves it makes, in one transaction. */
    public void step(PartyId party, String agreementId, String sampleId, SampleRecord r, List<StoredMove> moves) {
        db.write("record step " + r.number() + " of sample " + sampleId, "step " + r.number() + " of sample " + sampleId
                + " is recorded already; read the chain again", h -> {
                    bind(h.prepareBatch(insert()), party, sampleId, r).add().execute();
                    MoveRows.apply(h, agreementId, moves);
                    return null;
                });
    }

    /** The party's samples of the agreement, with their chains, by bag tag then id. */
    public List<StoredSample> of(PartyId party, String agreementId) {
        return db.read("read the samples of agreement " + agreementId, h -> read(h, party, "agreement_id = :agreement",
                q -> q.bind("agreement", agreementId)));
    }

    /** The party's samples among {@code ids} (any agreement), with their chains; absent ids are left out. */
    public List<StoredSample> find(PartyId party, Collection<String> ids) {
        List<StoredSample> out = new ArrayList<>();
        List<String> all = List.copyOf(ids);
        for (int from = 0; from < all.size(); from += 500) {
            List<String> chunk = all.subList(from, Math.min(all.size(), from + 500));
            out.addAll(db.read("find samples", h -> read(h, party, "sample_id IN (<ids>)", q -> q.bindList("ids", chunk))));
        }
        return out;
    }

    private static List<StoredSample> read(Handle h, PartyId party, String where, Consumer<Query> args) {
        Query samples = h.createQuery("SELECT sample_id, agreement_id, body_tag FROM remains_samples WHERE party_id = :party"
                + " AND " + where + " ORDER BY body_tag, sample_id").bind("party", party.value());
        Query steps = h.createQuery(STEPS + " WHERE party_id = :party AND sample_id IN (SELECT sample_id FROM remains_samples"
                + " WHERE party_id = :party AND " + where + ") ORDER BY sample_id, step_no").bind("party", party.value());
        args.accept(samples);
        args.accept(steps);
        Map<String, List<SampleRecord>> chains = new LinkedHashMap<>();
        steps.map((rs, ctx) -> chains.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(new SampleRecord(
                rs.getInt(2), rs.getString(3), rs.getString(4), rs.getString(5), Optional.ofNullable(rs.getString(6)),
                ExchangeColumns.optionalPerson(rs, 7), rs.getString(9), ExchangeColumns.instant(rs, 10)))).list();
        return samples.map((rs, ctx) -> new StoredSample(party, rs.getString(1), rs.getString(2), rs.getString(3),
                chains.getOrDefault(rs.getString(1), List.of()))).list();
    }

    private static String insert() {
        return "INSERT INTO sample_steps (party_id, sample_id, step_no, kind, place, note, case_id, identified_list,"
                + " identified_row, by_user, at_sec, at_nano) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    }

    private static PreparedBatch bind(PreparedBatch b, PartyId party, String sampleId, SampleRecord r) {
        Optional<PersonRef> who = r.identifiedAs();
        return b.bind(0, party.value()).bind(1, sampleId).bind(2, r.number()).bind(3, r.kind()).bind(4, r.where())
                .bind(5, r.note()).bind(6, r.caseId().orElse(null)).bind(7, ExchangeColumns.listOrNull(who))
                .bind(8, ExchangeColumns.rowOrNull(who)).bind(9, r.by()).bind(10, r.at().getEpochSecond())
                .bind(11, r.at().getNano());
    }
}
