package org.repatria.store.backup;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes every table, seen through one connection inside one snapshot, the log's checkpoints and the record of reads'
 * segments into a zip.
 */
final class ArchiveWriter {
    private static final int FETCH = 1000;
    private final Connection c;
    private final String engine;
    private final Clock clock;
    private final java.nio.file.Path readsDir;

    ArchiveWriter(Connection c, String engine, Clock clock, java.nio.file.Path readsDir) {
        this.c = c;
        this.engine = engine;
        this.clock = clock;
        this.readsDir = readsDir;
    }

    /** Writes the archive to {@code out}; the number of cosigned checkpoints it holds. */
    int write(ZipOutputStream zip) throws IOException, SQLException {
        List<BackupManifest.TableEntry> tables = new ArrayList<>();
        for (Tables.Table t : Tables.inOrder(c)) {
            tables.add(table(zip, t));
        }
        Optional<byte[]> checkpoint = bytes("SELECT note FROM log_checkpoints ORDER BY size DESC LIMIT 1");
        if (checkpoint.isPresent()) {
            entry(zip, Archive.CHECKPOINT, checkpoint.get());
        }
        // Each witness's latest cosignature, as the server serves them (LogSigners.latestCosignatures).
        List<byte[]> cosigned = list("SELECT c.note FROM log_cosignatures c WHERE c.size = (SELECT MAX(d.size) FROM"
                + " log_cosignatures d WHERE d.witness = c.witness) ORDER BY c.witness");
        for (int i = 0; i < cosigned.size(); i++) {
            entry(zip, Archive.COSIGNED + (i + 1), cosigned.get(i));
        }
        long logSize = number("SELECT COALESCE(MAX(idx) + 1, 0) FROM log_entries");
        // The record of reads after the tables: it holds at least every read made before the tables' snapshot.
        List<BackupManifest.SegmentEntry> reads = RecordFiles.write(zip, readsDir);
        entry(zip, Archive.MANIFEST, new BackupManifest(engine, schemaVersion(c), clock.instant(), logSize, tables, reads)
                .encoded());
        return cosigned.size();
    }

    /** The version of the last migration Flyway applied. */
    static String schemaVersion(Connection c) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT version FROM \"flyway_schema_history\""
                + " WHERE version IS NOT NULL ORDER BY installed_rank DESC")) {
            return rs.next() ? rs.getString(1) : "none";
        }
    }

    private BackupManifest.TableEntry table(ZipOutputStream zip, Tables.Table t) throws IOException, SQLException {
        String name = t.name().toLowerCase(java.util.Locale.ROOT);
        zip.putNextEntry(new ZipEntry("tables/" + name + ".table"));
        MessageDigest sha = sha256();
        DataOutputStream out = new DataOutputStream(new BufferedOutputStream(
                new DigestOutputStream(new Unclosed(zip), sha), 1 << 16));
        TableFile.header(out, name, t.columns());
        long rows = 0;
        try (Statement st = c.createStatement()) {
            st.setFetchSize(FETCH);
            try (ResultSet rs = st.executeQuery(t.select())) {
                int columns = t.columns().size();
                while (rs.next()) {
                    out.writeByte(1);
                    for (int i = 1; i <= columns; i++) {
                        TableFile.value(out, rs.getObject(i), "column " + t.columns().get(i - 1) + " of table " + name);
                    }
                    rows++;
                }
            }
        }
        out.writeByte(0);
        out.flush();
        zip.closeEntry();
        return new BackupManifest.TableEntry(name, rows, HexFormat.of().formatHex(sha.digest()));
    }

    private Optional<byte[]> bytes(String sql) throws SQLException {
        List<byte[]> found = list(sql);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.getFirst());
    }

    private List<byte[]> list(String sql) throws SQLException {
        List<byte[]> found = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                found.add(rs.getBytes(1));
            }
        }
        return found;
    }

    private long number(String sql) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static void entry(ZipOutputStream zip, String name, byte[] bytes) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(bytes);
        zip.closeEntry();
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** The zip stream, which a table's writer must not close: the next entry follows. */
    private static final class Unclosed extends FilterOutputStream {
        Unclosed(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() {
            // the zip entry is closed by the writer
        }
    }
}
