package org.repatria.store.figures;

import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.repatria.core.party.PartyId;
import org.repatria.core.person.Category;
import org.repatria.store.internal.engine.Database;

/**
 * Figures across exchanges added up by the database (docs/decisions/0180): one GROUP BY per figure over the checks,
 * moves and custody steps, so the server reads a few hundred counts however many persons crossed.
 */
public final class Tallies {
    /**
     * Each side's persons handed over per tranche and list (a person is a list's row, so the distinct rows of a list are
     * its distinct persons, one however many bags they crossed in), by the row's category and the nominee's health.
     */
    private static final String HANDED_OVER = "SELECT c.agreement_id, c.tranche_no, c.party_id, r.category, n.health,"
            + " COUNT(DISTINCT c.row_id), MIN(c.at_sec) FROM handover_checks c"
            + " JOIN list_rows r ON r.list_id = c.list_id AND r.row_id = c.row_id"
            + " LEFT JOIN nominations n ON n.agreement_id = c.agreement_id AND n.list_id = c.list_id AND n.row_id = c.row_id"
            + " WHERE c.outcome = 'HANDED_OVER' GROUP BY c.agreement_id, c.tranche_no, c.party_id, c.list_id, r.category, n.health";
    /** Persons moved to a state in remains agreements: the IN on the key's first column reads only their moves. */
    private static final String MOVED_TO = "SELECT x.agreement_id, COUNT(*) FROM (SELECT DISTINCT agreement_id, list_id, row_id"
            + " FROM person_moves WHERE agreement_id IN (SELECT id FROM agreements WHERE kind = 'REMAINS') AND to_state = ?) x"
            + " GROUP BY x.agreement_id";
    private static final String SAMPLED = "SELECT x.agreement_id, COUNT(*) FROM (SELECT agreement_id, body_tag FROM"
            + " custody_steps WHERE kind = 'SAMPLED' UNION SELECT agreement_id, body_tag FROM remains_samples) x"
            + " GROUP BY x.agreement_id";
    private final Database db;

    /** The repository over {@code db}. */
    public Tallies(Database db) {
        this.db = db;
    }

    /** Every tranche's handovers, one line per agreement, tranche, side, category and state of health. */
    public List<HandedOver> handedOver() {
        List<HandedOver> perList = db.read("count the persons handed over", h -> h.createQuery(HANDED_OVER)
                .map((rs, ctx) -> new HandedOver(rs.getString(1), rs.getInt(2), new PartyId(rs.getString(3)),
                        Category.valueOf(rs.getString(4)), Optional.ofNullable(rs.getString(5)), rs.getLong(6),
                        Instant.ofEpochSecond(rs.getLong(7)))).list());
        Map<List<Object>, HandedOver> joined = new LinkedHashMap<>();
        for (HandedOver l : perList) { // the lists of one side, tranche, category and health added together
            joined.merge(List.of(l.agreement(), l.tranche(), l.side(), l.category(), l.health()), l, (a, b) -> new HandedOver(
                    a.agreement(), a.tranche(), a.side(), a.category(), a.health(), a.persons() + b.persons(),
                    a.crossed().isBefore(b.crossed()) ? a.crossed() : b.crossed()));
        }
        return List.copyOf(joined.values());
    }

    /** The remains of every remains agreement that received, sampled or identified any, by agreement id. */
    public Map<String, RemainsTally> remains() {
        return db.read("count the remains received and identified", h -> {
            Map<String, long[]> counts = new HashMap<>();
            for (int i = 0; i < 3; i++) {
                int column = i;
                var query = i == 1 ? h.createQuery(SAMPLED) : h.createQuery(MOVED_TO).bind(0, i == 0 ? "RECEIVED" : "IDENTIFIED");
                query.map((rs, ctx) -> counts.computeIfAbsent(rs.getString(1), k -> new long[3])[column] = rs.getLong(2)).list();
            }
            Map<String, RemainsTally> out = new HashMap<>();
            counts.forEach((id, n) -> out.put(id, new RemainsTally(id, n[0], n[1], n[2])));
            return Map.copyOf(out);
        });
    }
}
