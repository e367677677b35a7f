package org.repatria.store.genetic;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.repatria.core.list.ListId;
import org.repatria.core.party.PartyId;
import org.repatria.store.internal.engine.Database;

/** Identification decisions, and the one read path outside the unit: which rows of a list are identified. */
public final class Decisions {
    private static final String SELECT = "SELECT id, case_id, party_id, remains_id, family_id, missing_id, log10_lr, decision,"
            + " decided_by, decided_sec, decided_nano, list_id, row_id FROM identifications";
    private final Database db;

    Decisions(Database db) {
        this.db = db;
    }

    /**
     * Stores a decision; a second confirmation of the same remains in a case is a {@code DuplicateException},
     * a list row that does not exist a {@link CaseException}.
     */
    public void add(Decision d) {
        StoredMatch p = d.pair();
        db.write("store the decision on remains " + p.remainsId(), "remains " + p.remainsId()
                + " are already confirmed as identified in this case;"
                + " a confirmation is final, so review the earlier one", h -> {
            if (d.list().isPresent() && h.createQuery("SELECT COUNT(*) FROM list_rows WHERE list_id = ? AND row_id = ?")
                    .bind(0, d.list().get().toString()).bind(1, d.rowId().orElse("")).mapTo(Integer.class).one() == 0) {
                throw new CaseException("list " + d.list().get() + " has no row " + d.rowId().orElse("")
                        + "; give the row id as the list gives it");
            }
            return h.createUpdate("INSERT INTO identifications (id, case_id,"
                        + " party_id, remains_id, family_id, missing_id, log10_lr, decision, decided_by, decided_sec,"
                        + " decided_nano, list_id, row_id, confirmed_remains) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .bind(0, d.id()).bind(1, d.caseId()).bind(2, d.party().value()).bind(3, p.remainsId())
                .bind(4, p.familyId()).bind(5, p.missingId()).bind(6, p.log10Lr())
                .bind(7, d.confirmed() ? "CONFIRMED" : "REJECTED").bind(8, d.decidedBy())
                .bind(9, d.at().getEpochSecond()).bind(10, d.at().getNano())
                .bind(11, d.list().map(ListId::toString).orElse(null)).bind(12, d.rowId().orElse(null))
                .bind(13, d.confirmed() ? p.remainsId() : null).execute();
        });
    }

    /** The decisions of a case, oldest first. */
    public List<Decision> of(String caseId) {
        return db.read("read the decisions of DNA case " + caseId, h -> h.createQuery(SELECT
                        + " WHERE case_id = ? ORDER BY decided_sec, decided_nano, id").bind(0, caseId)
                .map((rs, ctx) -> read(rs)).list());
    }

    /**
     * Row ids of {@code list} that identification units of {@code party} confirmed as identified: the status
     * the party's other accounts may see, without any genetic data.
     */
    public List<String> identifiedRows(ListId list, PartyId party) {
        return db.read("read the identified rows of list " + list, h -> h.createQuery(
                        "SELECT DISTINCT row_id FROM identifications WHERE list_id = ? AND party_id = ?"
                                + " AND decision = 'CONFIRMED' AND row_id IS NOT NULL ORDER BY row_id")
                .bind(0, list.toString()).bind(1, party.value()).mapTo(String.class).list());
    }

    /**
     * The confirmations that name row {@code rowId} of {@code list}, of every party, oldest first; the caller shows each
     * only to its own party, and no genetic data outside its identification unit.
     */
    public List<Decision> confirmedRow(ListId list, String rowId) {
        return db.read("read the identifications of row " + rowId + " of list " + list, h -> h.createQuery(SELECT
                        + " WHERE list_id = ? AND row_id = ? AND decision = 'CONFIRMED' ORDER BY decided_sec, decided_nano, id")
                .bind(0, list.toString()).bind(1, rowId).map((rs, ctx) -> read(rs)).list());
    }

    private static Decision read(ResultSet rs) throws SQLException {
        StoredMatch pair = new StoredMatch(rs.getString(4), rs.getString(5), rs.getString(6), rs.getDouble(7), 0);
        return new Decision(rs.getString(1), rs.getString(2), new PartyId(rs.getString(3)), pair,
                "CONFIRMED".equals(rs.getString(8)), rs.getString(9), Instant.ofEpochSecond(rs.getLong(10), rs.getInt(11)),
                Optional.ofNullable(rs.getString(12)).map(s -> new ListId(UUID.fromString(s))), Optional.ofNullable(rs.getString(13)));
    }
}
