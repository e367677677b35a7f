package org.repatria.store.link;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.repatria.core.list.ListId;
import org.repatria.core.party.PartyId;
import org.repatria.store.internal.engine.Database;

/** Match runs and their links; the caller (the server) decides who may see which run. */
public final class Runs {
    private static final String HEADER = "SELECT id, party_id, left_list, right_list, created_by, created_sec, created_nano,"
            + " state, note, candidate_pairs FROM match_runs";
    private static final String LINKS = "SELECT link_no, left_row, right_row, probability, decision, explanation, status,"
            + " decided_by, decided_sec, decided_nano FROM match_links WHERE run_id = ?";
    private final Database db;

    public Runs(Database db) {
        this.db = db;
    }

    /** Stores a new run (normally RUNNING). */
    public void add(MatchRun r) {
        db.write("store match run " + r.id(), "match run " + r.id() + " already exists; start a new one", h ->
                h.createUpdate("INSERT INTO match_runs (id, party_id, left_list, right_list, created_by, created_sec,"
                                + " created_nano, state, note, candidate_pairs) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                        .bind(0, r.id()).bind(1, r.party().value()).bind(2, r.left().toString()).bind(3, r.right().toString())
                        .bind(4, r.createdBy()).bind(5, r.created().getEpochSecond()).bind(6, r.created().getNano())
                        .bind(7, r.state().name()).bind(8, r.note()).bind(9, r.candidatePairs()).execute());
    }

    /** The run with this id, whoever ran it. */
    public Optional<MatchRun> find(String id) {
        return db.read("read match run " + id, h -> h.createQuery(HEADER + " WHERE id = ?").bind(0, id)
                .map((rs, ctx) -> run(rs)).findOne());
    }

    /** Every run, newest first. */
    public List<MatchRun> all() {
        return db.read("read the match runs", h -> h.createQuery(HEADER + " ORDER BY created_sec DESC, created_nano DESC, id")
                .map((rs, ctx) -> run(rs)).list());
    }

    /** Stores the run's links and marks it done, in one transaction. */
    public void finish(String id, List<StoredLink> links, long candidatePairs) {
        db.write("store the links of match run " + id, h -> {
            PreparedBatch batch = h.prepareBatch("INSERT INTO match_links (run_id, link_no, left_row, right_row, probability,"
                    + " decision, explanation, status) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
            for (StoredLink l : links) {
                batch.bind(0, id).bind(1, l.number()).bind(2, l.leftRow()).bind(3, l.rightRow()).bind(4, l.probability())
                        .bind(5, l.automatic() ? "MATCH" : "REVIEW").bind(6, l.explanation()).bind(7, l.verdict().name()).add();
            }
            if (!links.isEmpty()) {
                batch.execute();
            }
            return h.createUpdate("UPDATE match_runs SET state = 'DONE', candidate_pairs = ? WHERE id = ?")
                    .bind(0, candidatePairs).bind(1, id).execute();
        });
    }

    /** Marks the run failed with the reason. */
    public void fail(String id, String note) {
        db.write("mark match run " + id + " failed", h -> h.createUpdate("UPDATE match_runs SET state = 'FAILED', note = ?"
                + " WHERE id = ?").bind(0, note).bind(1, id).execute());
    }

    /** Marks every running run failed (the server stopped while they ran). */
    public void abandonRunning(String note) {
        db.write("mark running match runs failed", h -> h.createUpdate("UPDATE match_runs SET state = 'FAILED', note = ?"
                + " WHERE state = 'RUNNING'").bind(0, note).execute());
    }

    /** The run's links, in the matcher's order. */
    public List<StoredLink> links(String id) {
        return db.read("read the links of match run " + id, h -> h.createQuery(LINKS + " ORDER BY link_no").bind(0, id)
                .map((rs, ctx) -> link(rs)).list());
    }

    /** One link of the run. */
    public Optional<StoredLink> link(String id, int number) {
        return db.read("read link " + number + " of match run " + id, h -> h.createQuery(LINKS + " AND link_no = ?")
                .bind(0, id).bind(1, number).map((rs, ctx) -> link(rs)).findOne());
    }

    /** Records a verdict on a pending link; false (nothing changes) when the link is absent or already decided. */
    public boolean decide(String id, int number, StoredLink.Verdict verdict, String by, Instant at) {
        return db.write("record the verdict on link " + number + " of match run " + id, h -> h.createUpdate(
                        "UPDATE match_links SET status = ?, decided_by = ?, decided_sec = ?, decided_nano = ?"
                                + " WHERE run_id = ? AND link_no = ? AND status = 'PENDING'")
                .bind(0, verdict.name()).bind(1, by).bind(2, at.getEpochSecond()).bind(3, at.getNano())
                .bind(4, id).bind(5, number).execute()) == 1;
    }

    private static MatchRun run(ResultSet rs) throws SQLException {
        return new MatchRun(rs.getString(1), new PartyId(rs.getString(2)), new ListId(UUID.fromString(rs.getString(3))),
                new ListId(UUID.fromString(rs.getString(4))), rs.getString(5),
                Instant.ofEpochSecond(rs.getLong(6), rs.getInt(7)), MatchRun.State.valueOf(rs.getString(8)),
                rs.getString(9), rs.getLong(10));
    }

    private static StoredLink link(ResultSet rs) throws SQLException {
        String by = rs.getString(8);
        long sec = rs.getLong(9);
        Optional<Instant> at = rs.wasNull() ? Optional.empty() : Optional.of(Instant.ofEpochSecond(sec, rs.getInt(10)));
        return new StoredLink(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getDouble(4), "MATCH".equals(rs.getString(5)),
                rs.getString(6), StoredLink.Verdict.valueOf(rs.getString(7)), Optional.ofNullable(by), at);
    }
}
