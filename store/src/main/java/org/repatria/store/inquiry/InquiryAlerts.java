package org.repatria.store.inquiry;

import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.repatria.core.list.ListId;
import org.repatria.core.party.PartyId;
import org.repatria.store.internal.engine.Database;

/** The alerts raised on inquiries, with their reasons, and which sources each inquiry was checked against. */
public final class InquiryAlerts {
    private static final String SELECT = "SELECT id, inquiry_id, source, list_id, row_id, row_name, score, state,"
            + " raised_sec, raised_nano, decided_by, decided_sec, decided_nano FROM inquiry_alerts";
    private final Database db;

    /** The repository over {@code db}. */
    public InquiryAlerts(Database db) {
        this.db = db;
    }

    /**
     * Raises an alert with its reasons and marks {@code sourceKey} checked, in one transaction; an alert on the same
     * inquiry, source, list and row raised before is kept as it is. Returns whether a new alert was stored.
     */
    public boolean raise(StoredAlert a) {
        return db.write("raise an inquiry's alert", h -> {
            boolean exists = h.createQuery("SELECT COUNT(*) FROM inquiry_alerts WHERE inquiry_id = ? AND source = ?"
                            + " AND list_id = ? AND row_id = ?").bind(0, a.inquiryId()).bind(1, a.source())
                    .bind(2, a.list().toString()).bind(3, a.rowId()).mapTo(Integer.class).one() > 0;
            if (exists) {
                return false;
            }
            h.createUpdate("INSERT INTO inquiry_alerts (id, inquiry_id, source, list_id, row_id, row_name, score, state,"
                            + " raised_sec, raised_nano, decided_by, decided_sec, decided_nano)"
                            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '', 0, 0)")
                    .bind(0, a.id()).bind(1, a.inquiryId()).bind(2, a.source()).bind(3, a.list().toString())
                    .bind(4, a.rowId()).bind(5, a.rowName()).bind(6, a.score()).bind(7, a.state().name())
                    .bind(8, a.raised().getEpochSecond()).bind(9, a.raised().getNano()).execute();
            for (int i = 0; i < a.reasons().size(); i++) {
                AlertReason r = a.reasons().get(i);
                h.createUpdate("INSERT INTO inquiry_alert_reasons (alert_id, seq, particular, verdict, reason_level,"
                                + " sought_value, row_value, weight) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                        .bind(0, a.id()).bind(1, i).bind(2, r.particular()).bind(3, r.verdict()).bind(4, r.level())
                        .bind(5, r.soughtValue()).bind(6, r.rowValue()).bind(7, r.weight()).execute();
            }
            return true;
        });
    }

    /** Marks a source checked for an inquiry (once; a second mark changes nothing). */
    public void checked(String inquiryId, String sourceKey) {
        db.write("mark a source checked for an inquiry", h -> mark(h, inquiryId, sourceKey));
    }

    private static int mark(Handle h, String inquiryId, String key) {
        boolean exists = h.createQuery("SELECT COUNT(*) FROM inquiry_checks WHERE inquiry_id = ? AND source_key = ?")
                .bind(0, inquiryId).bind(1, key).mapTo(Integer.class).one() > 0;
        return exists ? 0 : h.createUpdate("INSERT INTO inquiry_checks (inquiry_id, source_key) VALUES (?, ?)")
                .bind(0, inquiryId).bind(1, key).execute();
    }

    /** Forgets which sources an inquiry was checked against, so that all are checked again (its alerts stay). */
    public void forget(String inquiryId) {
        db.write("forget an inquiry's checks", h -> h.createUpdate("DELETE FROM inquiry_checks WHERE inquiry_id = ?")
                .bind(0, inquiryId).execute());
    }

    /** The sources each open inquiry was checked against, by inquiry id. */
    public Map<String, Set<String>> checks() {
        Map<String, Set<String>> out = new HashMap<>();
        db.read("read which sources inquiries were checked against", h -> h.createQuery("SELECT c.inquiry_id,"
                        + " c.source_key FROM inquiry_checks c JOIN inquiries q ON q.id = c.inquiry_id WHERE q.status = 'OPEN'")
                .map((rs, ctx) -> Map.entry(rs.getString(1), rs.getString(2))).list())
                .forEach(e -> out.computeIfAbsent(e.getKey(), k -> new HashSet<>()).add(e.getValue()));
        return out;
    }

    /** An inquiry's alerts, best score first, each with its reasons. */
    public List<StoredAlert> of(String inquiryId) {
        return db.read("read an inquiry's alerts", h -> h.createQuery(SELECT
                        + " WHERE inquiry_id = ? ORDER BY score DESC, raised_sec, id").bind(0, inquiryId)
                .map((rs, ctx) -> new StoredAlert(rs.getString(1), rs.getString(2), rs.getString(3),
                        ListId.parse(rs.getString(4)), rs.getString(5), rs.getString(6), rs.getDouble(7),
                        AlertState.valueOf(rs.getString(8)), Instant.ofEpochSecond(rs.getLong(9), rs.getInt(10)),
                        rs.getString(11), rs.getString(11).isEmpty() ? Optional.empty()
                                : Optional.of(Instant.ofEpochSecond(rs.getLong(12), rs.getInt(13))), List.of()))
                .list().stream().map(a -> withReasons(h, a)).toList());
    }

    /** One alert of an inquiry, if it is that inquiry's. */
    public Optional<StoredAlert> find(String inquiryId, String alertId) {
        return of(inquiryId).stream().filter(a -> a.id().equals(alertId)).findFirst();
    }

    /** Sets an alert's state, who set it and when. */
    public void decide(String alertId, AlertState state, String by, Instant at) {
        db.write("decide an inquiry's alert", h -> h.createUpdate("UPDATE inquiry_alerts SET state = ?, decided_by = ?,"
                        + " decided_sec = ?, decided_nano = ? WHERE id = ?").bind(0, state.name()).bind(1, by)
                .bind(2, at.getEpochSecond()).bind(3, at.getNano()).bind(4, alertId).execute());
    }

    /** How many new alerts each inquiry a desk holds has, by inquiry id (inquiries without one are absent). */
    public Map<String, Integer> newCounts(PartyId holder) {
        Map<String, Integer> out = new HashMap<>();
        db.read("count a desk's new alerts", h -> h.createQuery("SELECT a.inquiry_id, COUNT(*) FROM inquiry_alerts a"
                        + " JOIN inquiries q ON q.id = a.inquiry_id WHERE q.holder_party = ? AND a.state = 'NEW'"
                        + " GROUP BY a.inquiry_id").bind(0, holder.value())
                .map((rs, ctx) -> Map.entry(rs.getString(1), rs.getInt(2))).list())
                .forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }

    private static StoredAlert withReasons(Handle h, StoredAlert a) {
        List<AlertReason> reasons = h.createQuery("SELECT particular, verdict, reason_level, sought_value, row_value, weight"
                        + " FROM inquiry_alert_reasons WHERE alert_id = ? ORDER BY seq").bind(0, a.id())
                .map((rs, ctx) -> new AlertReason(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getDouble(6))).list();
        return new StoredAlert(a.id(), a.inquiryId(), a.source(), a.list(), a.rowId(), a.rowName(), a.score(), a.state(),
                a.raised(), a.decidedBy(), a.decided(), reasons);
    }
}
