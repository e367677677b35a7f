package org.repatria.store.inquiry;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.repatria.core.inquiry.InquiryField;
import org.repatria.core.inquiry.InquiryParticulars;
import org.repatria.core.inquiry.InquiryStatus;
import org.repatria.core.party.PartyId;
import org.repatria.store.internal.engine.Database;

/** Families' inquiries: their particulars and status, each change written with the history row that tells it. */
public final class InquiryFiles {
    private static final String SELECT = "SELECT id, holder_party, holder_account, status, status_reason, created_sec,"
            + " created_nano, updated_sec, updated_nano FROM inquiries";
    private final Database db;

    /** The repository over {@code db}. */
    public InquiryFiles(Database db) {
        this.db = db;
    }

    /** Stores a new inquiry and its first history row ({@code RECORDED}, by its holder account), in one transaction. */
    public void record(StoredInquiry q) {
        db.write("record an inquiry", "an inquiry with this id exists already", h -> {
            h.createUpdate("INSERT INTO inquiries (id, holder_party, holder_account, status, status_reason, created_sec,"
                            + " created_nano, updated_sec, updated_nano) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                    .bind(0, q.id()).bind(1, q.holderParty().value()).bind(2, q.holderAccount()).bind(3, q.status().name())
                    .bind(4, q.reason()).bind(5, q.created().getEpochSecond()).bind(6, q.created().getNano())
                    .bind(7, q.updated().getEpochSecond()).bind(8, q.updated().getNano()).execute();
            writeFields(h, q.id(), q.particulars());
            change(h, q.id(), q.created(), q.holderAccount(), "RECORDED", "", "", "");
            return 0;
        });
    }

    /**
     * Replaces an inquiry's particulars with {@code next}, writing one history row per changed field, in one
     * transaction; returns how many fields changed (none: nothing is written).
     */
    public int edit(String id, InquiryParticulars next, String by, Instant at) {
        return db.write("edit an inquiry", h -> {
            Map<InquiryField, String> before = fields(h, id);
            int changed = 0;
            for (InquiryField f : InquiryField.values()) {
                String old = before.getOrDefault(f, "");
                String now = next.text(f);
                if (!old.equals(now)) {
                    change(h, id, at, by, "EDITED", f.token(), old, now);
                    changed++;
                }
            }
            if (changed > 0) {
                writeFields(h, id, next);
                touch(h, id, at);
            }
            return changed;
        });
    }

    /** Sets an inquiry's status and reason, writing the history rows, in one transaction. */
    public void status(String id, InquiryStatus status, String reason, String by, Instant at) {
        db.write("change an inquiry's status", h -> {
            Head q = h.createQuery(SELECT + " WHERE id = ?").bind(0, id).map((rs, ctx) -> head(rs)).one();
            h.createUpdate("UPDATE inquiries SET status = ?, status_reason = ? WHERE id = ?")
                    .bind(0, status.name()).bind(1, reason).bind(2, id).execute();
            change(h, id, at, by, "STATUS", "status", q.status().token(), status.token());
            change(h, id, at, by, "STATUS", "reason", q.reason(), reason);
            touch(h, id, at);
            return 0;
        });
    }

    /** One inquiry, if it exists. */
    public Optional<StoredInquiry> find(String id) {
        return db.read("read an inquiry", h -> h.createQuery(SELECT + " WHERE id = ?").bind(0, id)
                .map((rs, ctx) -> head(rs)).findOne().map(q -> withFields(h, q)));
    }

    /** The inquiries a desk holds, newest first. */
    public List<StoredInquiry> heldBy(PartyId holder) {
        return db.read("list a desk's inquiries", h -> h.createQuery(SELECT
                        + " WHERE holder_party = ? ORDER BY created_sec DESC, created_nano DESC, id")
                .bind(0, holder.value()).map((rs, ctx) -> head(rs)).list()
                .stream().map(q -> withFields(h, q)).toList());
    }

    /** How many open inquiries a desk holds. */
    public int openCount(PartyId holder) {
        return db.read("count a desk's open inquiries", h -> h.createQuery("SELECT COUNT(*) FROM inquiries"
                + " WHERE holder_party = ? AND status = 'OPEN'").bind(0, holder.value()).mapTo(Integer.class).one());
    }

    /** Every open inquiry, oldest first. */
    public List<StoredInquiry> open() {
        return db.read("list the open inquiries", h -> h.createQuery(SELECT
                        + " WHERE status = 'OPEN' ORDER BY created_sec, created_nano, id")
                .map((rs, ctx) -> head(rs)).list().stream().map(q -> withFields(h, q)).toList());
    }

    /** An inquiry's history, oldest first. */
    public List<InquiryChange> changes(String id) {
        return db.read("read an inquiry's history", h -> h.createQuery("SELECT inquiry_id, seq, at_sec, at_nano, username,"
                        + " what, field, old_value, new_value FROM inquiry_changes WHERE inquiry_id = ? ORDER BY seq")
                .bind(0, id).map((rs, ctx) -> new InquiryChange(rs.getString(1), rs.getInt(2),
                        Instant.ofEpochSecond(rs.getLong(3), rs.getInt(4)), rs.getString(5), rs.getString(6),
                        rs.getString(7), rs.getString(8), rs.getString(9))).list());
    }

    /** An inquiry's row without its particulars. */
    private record Head(String id, PartyId holderParty, String holderAccount, InquiryStatus status, String reason,
                        Instant created, Instant updated) {
    }

    private static StoredInquiry withFields(Handle h, Head q) {
        return new StoredInquiry(q.id(), q.holderParty(), q.holderAccount(), q.status(), q.reason(),
                new InquiryParticulars(fields(h, q.id())), q.created(), q.updated());
    }

    private static void writeFields(Handle h, String id, InquiryParticulars p) {
        h.createUpdate("DELETE FROM inquiry_fields WHERE inquiry_id = ?").bind(0, id).execute();
        p.values().forEach((f, v) -> h.createUpdate("INSERT INTO inquiry_fields (inquiry_id, field, field_value)"
                + " VALUES (?, ?, ?)").bind(0, id).bind(1, f.token()).bind(2, v).execute());
    }

    private static void touch(Handle h, String id, Instant at) {
        h.createUpdate("UPDATE inquiries SET updated_sec = ?, updated_nano = ? WHERE id = ?")
                .bind(0, at.getEpochSecond()).bind(1, at.getNano()).bind(2, id).execute();
    }

    private static void change(Handle h, String id, Instant at, String by, String what, String field, String old,
                               String now) {
        int seq = h.createQuery("SELECT COALESCE(MAX(seq), 0) + 1 FROM inquiry_changes WHERE inquiry_id = ?")
                .bind(0, id).mapTo(Integer.class).one();
        h.createUpdate("INSERT INTO inquiry_changes (inquiry_id, seq, at_sec, at_nano, username, what, field, old_value,"
                        + " new_value) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .bind(0, id).bind(1, seq).bind(2, at.getEpochSecond()).bind(3, at.getNano()).bind(4, by).bind(5, what)
                .bind(6, field).bind(7, old).bind(8, now).execute();
    }

    private static Map<InquiryField, String> fields(Handle h, String id) {
        Map<InquiryField, String> v = new EnumMap<>(InquiryField.class);
        List<Map.Entry<String, String>> rows = h.createQuery(
                        "SELECT field, field_value FROM inquiry_fields WHERE inquiry_id = ?").bind(0, id)
                .map((rs, ctx) -> Map.entry(rs.getString(1), rs.getString(2))).list();
        rows.forEach(e -> InquiryField.ofToken(e.getKey()).ifPresent(f -> v.put(f, e.getValue())));
        return v;
    }

    private static Head head(ResultSet rs) throws SQLException {
        return new Head(rs.getString(1), new PartyId(rs.getString(2)), rs.getString(3),
                InquiryStatus.valueOf(rs.getString(4)), rs.getString(5),
                Instant.ofEpochSecond(rs.getLong(6), rs.getInt(7)), Instant.ofEpochSecond(rs.getLong(8), rs.getInt(9)));
    }
}
