package org.repatria.store.child;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.repatria.core.child.CaseField;
import org.repatria.core.child.CaseParticulars;
import org.repatria.core.list.ListId;
import org.repatria.store.internal.engine.Database;
import org.repatria.store.log.EntryRows;

/** Children's cases beyond the signed list: particulars (the latest value per field), photographs, closures. */
public final class ChildCaseFiles {
    private static final String PHOTO = "SELECT id, list_id, row_id, media_type, caption, size_bytes, sha256, added_by,"
            + " added_sec, added_nano FROM child_photos";
    private final Database db;

    /** The repository over {@code db}. */
    public ChildCaseFiles(Database db) {
        this.db = db;
    }

    /** The particulars entered for a case (none when nobody entered any). */
    public CaseParticulars particulars(ListId list, String rowId) {
        Map<CaseField, String> v = new EnumMap<>(CaseField.class);
        List<Map.Entry<String, String>> rows = db.read("read a child's case particulars", h -> h.createQuery(
                        "SELECT field, field_value FROM child_particulars WHERE list_id = ? AND row_id = ?")
                .bind(0, list.toString()).bind(1, rowId)
                .map((rs, ctx) -> Map.entry(rs.getString(1), rs.getString(2))).list());
        rows.forEach(e -> CaseField.ofToken(e.getKey()).ifPresent(f -> v.put(f, e.getValue())));
        return new CaseParticulars(v);
    }

    /** Which cases of a list have particulars entered, by row id. */
    public List<String> rowsWithParticulars(ListId list) {
        return db.read("read which cases have particulars", h -> h.createQuery(
                        "SELECT DISTINCT row_id FROM child_particulars WHERE list_id = ? ORDER BY row_id")
                .bind(0, list.toString()).mapTo(String.class).list());
    }

    /** Replaces a case's particulars with {@code p} in one transaction: fields not in {@code p} are cleared. */
    public void saveParticulars(ListId list, String rowId, CaseParticulars p, String by, Instant at) {
        db.write("save a child's case particulars", h -> save(h, list, rowId, p, by, at));
    }

    /**
     * Replaces the particulars of many cases of {@code list} (by row id) and stores {@code photos} with their bytes, all
     * in one transaction: a seeding's many cases at the cost of one commit.
     */
    public void saveAll(ListId list, Map<String, CaseParticulars> particulars, Map<StoredPhoto, byte[]> photos, String by,
                        Instant at) {
        db.write("save children's case particulars and photographs", h -> {
            particulars.forEach((rowId, p) -> save(h, list, rowId, p, by, at));
            photos.forEach((photo, content) -> insert(h, photo, content));
            return 0;
        });
    }

    private static int save(Handle h, ListId list, String rowId, CaseParticulars p, String by, Instant at) {
        h.createUpdate("DELETE FROM child_particulars WHERE list_id = ? AND row_id = ?")
                .bind(0, list.toString()).bind(1, rowId).execute();
        p.values().forEach((field, value) -> h.createUpdate("INSERT INTO child_particulars (list_id, row_id, field,"
                        + " field_value, updated_by, updated_sec, updated_nano) VALUES (?, ?, ?, ?, ?, ?, ?)")
                .bind(0, list.toString()).bind(1, rowId).bind(2, field.token()).bind(3, value).bind(4, by)
                .bind(5, at.getEpochSecond()).bind(6, at.getNano()).execute());
        return 0;
    }

    /** Stores a photograph with its bytes. */
    public void addPhoto(StoredPhoto p, byte[] content) {
        db.write("store a child's photograph", h -> insert(h, p, content));
    }

    private static int insert(Handle h, StoredPhoto p, byte[] content) {
        return h.createUpdate("INSERT INTO child_photos (id, list_id, row_id,"
                        + " media_type, caption, sha256, content, added_by, added_sec, added_nano, size_bytes)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .bind(0, p.id()).bind(1, p.list().toString()).bind(2, p.rowId()).bind(3, p.mediaType())
                .bind(4, p.caption()).bind(5, p.sha256()).bind(6, content).bind(7, p.addedBy())
                .bind(8, p.at().getEpochSecond()).bind(9, p.at().getNano()).bind(10, content.length).execute();
    }

    /** A case's photographs, oldest first, without their bytes. */
    public List<StoredPhoto> photos(ListId list, String rowId) {
        return db.read("list a child's photographs", h -> h.createQuery(PHOTO
                        + " WHERE list_id = ? AND row_id = ? ORDER BY added_sec, added_nano, id")
                .bind(0, list.toString()).bind(1, rowId).map((rs, ctx) -> photo(rs)).list());
    }

    /** One photograph of a case, if it is that case's. */
    public Optional<StoredPhoto> photo(ListId list, String rowId, String id) {
        return db.read("read a child's photograph", h -> h.createQuery(PHOTO + " WHERE list_id = ? AND row_id = ? AND id = ?")
                .bind(0, list.toString()).bind(1, rowId).bind(2, id).map((rs, ctx) -> photo(rs)).findOne());
    }

    /** The bytes of a photograph. */
    public Optional<byte[]> photoContent(String id) {
        return db.read("read a child's photograph", h -> h.createQuery("SELECT content FROM child_photos WHERE id = ?")
                .bind(0, id).mapTo(byte[].class).findOne());
    }

    /**
     * Closes a case. A case is closed once: a second closure is a {@link org.repatria.store.DuplicateException}.
     */
    public void close(Closure c) {
        db.write("close a child's case", "this child's case is closed already; a case closes once", h -> h
                .createUpdate("INSERT INTO child_closures (list_id, row_id, closed_by, reference, closed_sec, closed_nano)"
                        + " VALUES (?, ?, ?, ?, ?, ?)")
                .bind(0, c.list().toString()).bind(1, c.rowId()).bind(2, c.closedBy()).bind(3, c.reference())
                .bind(4, c.at().getEpochSecond()).bind(5, c.at().getNano()).execute());
    }

    /**
     * {@link #close}'s row, to store with the log entry of the record that closes the case (a reunification, decision
     * 0149): the record and the closure are stored together or not at all.
     */
    public EntryRows closing(Closure c) {
        return EntryRows.of("this child's case is closed already; a case closes once", h -> h
                .createUpdate("INSERT INTO child_closures (list_id, row_id, closed_by, reference, closed_sec, closed_nano)"
                        + " VALUES (?, ?, ?, ?, ?, ?)")
                .bind(0, c.list().toString()).bind(1, c.rowId()).bind(2, c.closedBy()).bind(3, c.reference())
                .bind(4, c.at().getEpochSecond()).bind(5, c.at().getNano()).execute());
    }

    /** The closure of a case, if it is closed. */
    public Optional<Closure> closure(ListId list, String rowId) {
        return db.read("read a child's case closure", h -> h.createQuery("SELECT list_id, row_id, closed_by, reference,"
                        + " closed_sec, closed_nano FROM child_closures WHERE list_id = ? AND row_id = ?")
                .bind(0, list.toString()).bind(1, rowId).map((rs, ctx) -> closure(rs)).findOne());
    }

    /** Every closed case of a list. */
    public List<Closure> closures(ListId list) {
        return db.read("read a list's closed cases", h -> h.createQuery("SELECT list_id, row_id, closed_by, reference,"
                        + " closed_sec, closed_nano FROM child_closures WHERE list_id = ? ORDER BY row_id")
                .bind(0, list.toString()).map((rs, ctx) -> closure(rs)).list());
    }

    private static Closure closure(ResultSet rs) throws SQLException {
        return new Closure(ListId.parse(rs.getString(1)), rs.getString(2), rs.getString(3), rs.getString(4),
                Instant.ofEpochSecond(rs.getLong(5), rs.getInt(6)));
    }

    private static StoredPhoto photo(ResultSet rs) throws SQLException {
        return new StoredPhoto(rs.getString(1), ListId.parse(rs.getString(2)), rs.getString(3), rs.getString(4),
                rs.getString(5), rs.getInt(6), rs.getString(7), rs.getString(8),
                Instant.ofEpochSecond(rs.getLong(9), rs.getInt(10)));
    }
}
