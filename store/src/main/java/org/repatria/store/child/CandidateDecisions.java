package org.repatria.store.child;

import java.time.Instant;
import java.util.List;
import org.repatria.core.list.ListId;
import org.repatria.store.internal.engine.Database;

/** Reviewers' decisions on the child search's candidates for children's cases (V13): one per case and candidate. */
public final class CandidateDecisions {
    private final Database db;

    /** The repository over {@code db}. */
    public CandidateDecisions(Database db) {
        this.db = db;
    }

    /** The decisions taken on a case's candidates, oldest first. */
    public List<CandidateDecision> of(ListId list, String rowId) {
        return db.read("read the decisions on a child's candidates", h -> h.createQuery(
                        "SELECT candidate, label, decision, decided_by, decided_sec, decided_nano FROM child_candidates"
                                + " WHERE list_id = ? AND row_id = ? ORDER BY decided_sec, decided_nano, candidate")
                .bind(0, list.toString()).bind(1, rowId)
                .map((rs, ctx) -> new CandidateDecision(list, rowId, rs.getString(1), rs.getString(2),
                        "confirmed".equals(rs.getString(3)), rs.getString(4),
                        Instant.ofEpochSecond(rs.getLong(5), rs.getInt(6)))).list());
    }

    /** Records a decision, replacing an earlier one on the same candidate of the same case. */
    public void decide(CandidateDecision d) {
        db.write("record a decision on a child's candidate", h -> {
            h.createUpdate("DELETE FROM child_candidates WHERE list_id = ? AND row_id = ? AND candidate = ?")
                    .bind(0, d.list().toString()).bind(1, d.rowId()).bind(2, d.candidate()).execute();
            return h.createUpdate("INSERT INTO child_candidates (list_id, row_id, candidate, label, decision, decided_by,"
                            + " decided_sec, decided_nano) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                    .bind(0, d.list().toString()).bind(1, d.rowId()).bind(2, d.candidate()).bind(3, d.label())
                    .bind(4, d.confirmed() ? "confirmed" : "rejected").bind(5, d.decidedBy())
                    .bind(6, d.at().getEpochSecond()).bind(7, d.at().getNano()).execute();
        });
    }
}
