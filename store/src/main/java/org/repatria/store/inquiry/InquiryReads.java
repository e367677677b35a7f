package org.repatria.store.inquiry;

import java.time.Instant;
import java.util.List;
import org.repatria.core.account.Role;
import org.repatria.core.party.PartyId;
import org.repatria.store.internal.engine.Database;

/** The record of reads of inquiries: appended once per allowed read, never changed. */
public final class InquiryReads {
    private final Database db;

    /** The repository over {@code db}. */
    public InquiryReads(Database db) {
        this.db = db;
    }

    /** Appends one read. */
    public void record(InquiryRead r) {
        db.write("record a read of an inquiry", h -> h.createUpdate("INSERT INTO inquiry_reads (id, at_sec, at_nano,"
                        + " username, party_id, role, inquiry_id, what) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                .bind(0, r.id()).bind(1, r.at().getEpochSecond()).bind(2, r.at().getNano()).bind(3, r.username())
                .bind(4, r.party().value()).bind(5, r.role().name()).bind(6, r.inquiryId()).bind(7, r.what()).execute());
    }

    /** The reads of one inquiry, newest first (at most 500). */
    public List<InquiryRead> of(String inquiryId) {
        return db.read("read an inquiry's record of reads", h -> h.createQuery("SELECT id, at_sec, at_nano, username,"
                        + " party_id, role, inquiry_id, what FROM inquiry_reads WHERE inquiry_id = ?"
                        + " ORDER BY at_sec DESC, at_nano DESC, id LIMIT 500").bind(0, inquiryId)
                .map((rs, ctx) -> new InquiryRead(rs.getString(1), Instant.ofEpochSecond(rs.getLong(2), rs.getInt(3)),
                        rs.getString(4), new PartyId(rs.getString(5)), Role.valueOf(rs.getString(6)), rs.getString(7),
                        rs.getString(8))).list());
    }
}
