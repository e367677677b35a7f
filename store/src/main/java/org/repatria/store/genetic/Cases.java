package org.repatria.store.genetic;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.repatria.core.party.PartyId;
import org.repatria.store.internal.engine.Database;

/**
 * DNA cases of identification units: the uploaded files, the last search's rows, the decisions. Every
 * read of a case is scoped to a party, so a caller cannot reach another party's case by its id.
 */
public final class Cases {
    private static final String HEADER = "SELECT id, party_id, title, created_by, created_sec, created_nano, remains_count,"
            + " family_count, search_state, min_log10_lr, search_note, theta FROM genetic_cases";
    private final Database db;

    public Cases(Database db) {
        this.db = db;
    }

    /** Stores a new case with its files, in one transaction. */
    public void add(GeneticCase c, CaseFiles files) {
        db.write("store DNA case " + c.id(), "DNA case " + c.id() + " already exists; upload it as a new case", h ->
                h.createUpdate("INSERT INTO genetic_cases (id, party_id, title, created_by, created_sec, created_nano,"
                                + " remains_count, family_count, frequencies, profiles, remains, pedigrees, mutations,"
                                + " search_state, min_log10_lr, search_note, theta) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                        .bind(0, c.id()).bind(1, c.party().value()).bind(2, c.title()).bind(3, c.createdBy())
                        .bind(4, c.created().getEpochSecond()).bind(5, c.created().getNano()).bind(6, c.remainsCount())
                        .bind(7, c.familyCount()).bind(8, files.frequencies()).bind(9, files.profiles())
                        .bind(10, files.remains()).bind(11, files.pedigrees()).bind(12, files.mutations().orElse(null))
                        .bind(13, c.search().status().name()).bind(14, c.search().minLog10Lr()).bind(15, c.search().note())
                        .bind(16, c.search().theta()).execute());
    }

    /** The case with this id if it belongs to {@code party}; empty when absent or another party's. */
    public Optional<GeneticCase> find(PartyId party, String id) {
        return db.read("read DNA case " + id, h -> h.createQuery(HEADER + " WHERE id = ? AND party_id = ?")
                .bind(0, id).bind(1, party.value()).map((rs, ctx) -> header(rs)).findOne());
    }

    /** The party's cases, newest first. */
    public List<GeneticCase> of(PartyId party) {
        return db.read("read DNA cases of " + party, h -> h.createQuery(HEADER
                        + " WHERE party_id = ? ORDER BY created_sec DESC, created_nano DESC, id")
                .bind(0, party.value()).map((rs, ctx) -> header(rs)).list());
    }

    /** The files of a stored case. */
    public CaseFiles files(String id) {
        return db.read("read the files of DNA case " + id, h -> h.createQuery(
                        "SELECT frequencies, profiles, remains, pedigrees, mutations FROM genetic_cases WHERE id = ?")
                .bind(0, id).map((rs, ctx) -> new CaseFiles(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getString(4), Optional.ofNullable(rs.getString(5)))).findOne()
                .orElseThrow(() -> new CaseException("no DNA case " + id)));
    }

    /** Marks the case's search as running with the case's theta kept; false (nothing changes) when one runs already. */
    public boolean startSearch(String id, double minLog10Lr) {
        return db.write("start the search of DNA case " + id, h -> h.createUpdate(
                        "UPDATE genetic_cases SET search_state = 'RUNNING', min_log10_lr = ?, search_note = '' "
                                + "WHERE id = ? AND search_state <> 'RUNNING'")
                .bind(0, minLog10Lr).bind(1, id).execute()) == 1;
    }

    /**
     * Marks the case's search as running and sets the case's theta (the subpopulation correction every search of the
     * case applies); false (and nothing changes) when one is running already.
     */
    public boolean startSearch(String id, double minLog10Lr, double theta) {
        return db.write("start the search of DNA case " + id, h -> h.createUpdate(
                        "UPDATE genetic_cases SET search_state = 'RUNNING', min_log10_lr = ?, theta = ?, search_note = '' "
                                + "WHERE id = ? AND search_state <> 'RUNNING'")
                .bind(0, minLog10Lr).bind(1, theta).bind(2, id).execute()) == 1;
    }

    /** Replaces the case's rows and same-person pairs by the finished search's, and marks it done, in one transaction. */
    public void finishSearch(String id, List<StoredMatch> rows, List<SamePersonPair> pairs) {
        db.write("store the search rows of DNA case " + id, h -> {
            h.createUpdate("DELETE FROM genetic_matches WHERE case_id = ?").bind(0, id).execute();
            h.createUpdate("DELETE FROM genetic_same_person WHERE case_id = ?").bind(0, id).execute();
            PreparedBatch batch = h.prepareBatch("INSERT INTO genetic_matches (case_id, row_no, remains_id, family_id,"
                    + " missing_id, log10_lr, exclusions) VALUES (?, ?, ?, ?, ?, ?, ?)");
            for (int i = 0; i < rows.size(); i++) {
                StoredMatch m = rows.get(i);
                batch.bind(0, id).bind(1, i).bind(2, m.remainsId()).bind(3, m.familyId()).bind(4, m.missingId())
                        .bind(5, m.log10Lr()).bind(6, m.exclusions()).add();
            }
            PreparedBatch same = h.prepareBatch("INSERT INTO genetic_same_person (case_id, row_no, first_id, second_id,"
                    + " log10_lr, shared_markers) VALUES (?, ?, ?, ?, ?, ?)");
            for (int i = 0; i < pairs.size(); i++) {
                SamePersonPair p = pairs.get(i);
                same.bind(0, id).bind(1, i).bind(2, p.firstId()).bind(3, p.secondId()).bind(4, p.log10Lr())
                        .bind(5, p.sharedMarkers()).add();
            }
            for (PreparedBatch b : List.of(batch, same)) {
                if (b.size() > 0) {
                    b.execute();
                }
            }
            h.createUpdate("UPDATE genetic_cases SET search_state = 'DONE' WHERE id = ?").bind(0, id).execute();
            return null;
        });
    }

    /** Pairs of the case's remains samples that may be one person, as the last search found them. */
    public List<SamePersonPair> samePairs(String id) {
        return db.read("read the same-person pairs of DNA case " + id, h -> h.createQuery(
                        "SELECT first_id, second_id, log10_lr, shared_markers FROM genetic_same_person"
                                + " WHERE case_id = ? ORDER BY row_no").bind(0, id)
                .map((rs, ctx) -> new SamePersonPair(rs.getString(1), rs.getString(2), rs.getDouble(3), rs.getInt(4))).list());
    }

    /** Marks the case's search as failed, saying why; earlier rows are kept. */
    public void failSearch(String id, String note) {
        db.write("record the failed search of DNA case " + id, h -> h.createUpdate(
                "UPDATE genetic_cases SET search_state = 'FAILED', search_note = ? WHERE id = ?").bind(0, note).bind(1, id).execute());
    }

    /** Searches left running by a server that stopped: marked failed so they can be run again. */
    public int abandonRunning(String note) {
        return db.write("release interrupted DNA searches", h -> h.createUpdate(
                "UPDATE genetic_cases SET search_state = 'FAILED', search_note = ? WHERE search_state = 'RUNNING'")
                .bind(0, note).execute());
    }

    /** The last finished search's rows, in its order. */
    public List<StoredMatch> matches(String id) {
        return db.read("read the search rows of DNA case " + id, h -> h.createQuery(
                        "SELECT remains_id, family_id, missing_id, log10_lr, exclusions FROM genetic_matches"
                                + " WHERE case_id = ? ORDER BY row_no").bind(0, id)
                .map((rs, ctx) -> new StoredMatch(rs.getString(1), rs.getString(2), rs.getString(3), rs.getDouble(4), rs.getInt(5)))
                .list());
    }

    /** The decisions of a case, in the order they were made. */
    public Decisions decisions() {
        return new Decisions(db);
    }

    private static GeneticCase header(ResultSet rs) throws SQLException {
        return new GeneticCase(rs.getString(1), new PartyId(rs.getString(2)), rs.getString(3), rs.getString(4),
                Instant.ofEpochSecond(rs.getLong(5), rs.getInt(6)), rs.getInt(7), rs.getInt(8),
                new SearchState(SearchState.Status.valueOf(rs.getString(9)), rs.getDouble(10), rs.getDouble(12),
                        rs.getString(11)));
    }
}
