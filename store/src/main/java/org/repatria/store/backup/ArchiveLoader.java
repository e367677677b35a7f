package org.repatria.store.backup;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.repatria.store.StoreException;

/**
 * Writes an archive's tables into the store through one connection, inside the caller's transaction: parents before
 * children, each table's rows checked against the manifest's count and hash before the transaction may commit.
 */
final class ArchiveLoader {
    private static final int BATCH = 500;
    private final Connection c;

    ArchiveLoader(Connection c) {
        this.c = c;
    }

    /** The store's tables (parents first) and how many rows each holds. */
    Map<Tables.Table, Long> present() throws SQLException {
        Map<Tables.Table, Long> counts = new java.util.LinkedHashMap<>();
        for (Tables.Table t : Tables.inOrder(c)) {
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM " + t.name())) {
                rs.next();
                counts.put(t, rs.getLong(1));
            }
        }
        return counts;
    }

    /** Deletes every row of every table, children first. */
    void empty(List<Tables.Table> tables) throws SQLException {
        for (int i = tables.size() - 1; i >= 0; i--) {
            try (Statement st = c.createStatement()) {
                st.executeUpdate("DELETE FROM " + tables.get(i).name());
            }
        }
    }

    /** Refuses an archive made at another schema version or holding other tables than the store's. */
    void checkSchema(BackupManifest manifest, List<Tables.Table> tables) throws SQLException {
        String ours = ArchiveWriter.schemaVersion(c);
        if (!ours.equals(manifest.schema())) {
            throw new StoreException("the backup was made at schema version " + manifest.schema() + " and this store is at "
                    + ours + "; restore it with the Repatria version that made it, then upgrade");
        }
        var archived = manifest.tables().stream().map(BackupManifest.TableEntry::name).collect(Collectors.toCollection(TreeSet::new));
        var stored = tables.stream().map(t -> lower(t.name())).collect(Collectors.toCollection(TreeSet::new));
        if (!archived.equals(stored)) {
            var missing = new TreeSet<>(stored);
            missing.removeAll(archived);
            archived.removeAll(stored);
            throw new StoreException("the backup's tables differ from this store's: not in the backup " + missing
                    + ", not in the store " + archived + "; nothing was restored");
        }
    }

    /** Inserts the archive's rows of {@code t}; checks their count and the hash of their file against {@code entry}. */
    void load(ZipFile zip, Tables.Table t, BackupManifest.TableEntry entry) throws IOException, SQLException {
        String name = lower(t.name());
        ZipEntry file = zip.getEntry("tables/" + name + ".table");
        if (file == null) {
            throw BackupManifest.damaged("its manifest lists table " + name + " but it holds no tables/" + name + ".table");
        }
        MessageDigest sha = ArchiveWriter.sha256();
        long rows = 0;
        try (InputStream raw = zip.getInputStream(file)) {
            DigestInputStream digest = new DigestInputStream(raw, sha);
            DataInputStream in = new DataInputStream(new BufferedInputStream(digest, 1 << 16));
            List<String> columns = TableFile.columns(in, name);
            if (!new TreeSet<>(columns).equals(new TreeSet<>(t.columns()))) {
                throw new StoreException("table " + name + " has columns " + t.columns() + " here but " + columns
                        + " in the backup; nothing was restored");
            }
            int[] types = types(t.name(), columns);
            String sql = "INSERT INTO " + t.name() + " (" + String.join(", ", columns) + ") VALUES ("
                    + columns.stream().map(x -> "?").collect(Collectors.joining(", ")) + ")";
            try (PreparedStatement insert = c.prepareStatement(sql)) {
                while (TableFile.nextRow(in, name)) {
                    for (int i = 0; i < columns.size(); i++) {
                        bind(insert, i + 1, TableFile.value(in, "row " + (rows + 1) + " of table " + name), types[i]);
                    }
                    insert.addBatch();
                    if (++rows % BATCH == 0) {
                        insert.executeBatch();
                    }
                }
                insert.executeBatch();
            }
            if (in.transferTo(OutputStream.nullOutputStream()) != 0) {
                throw BackupManifest.damaged("table " + name + " has bytes after its last row");
            }
        }
        String hash = HexFormat.of().formatHex(sha.digest());
        if (rows != entry.rows() || !hash.equals(entry.sha256())) {
            throw BackupManifest.damaged("table " + name + " holds " + rows + " rows with SHA-256 " + hash + " but the manifest"
                    + " says " + entry.rows() + " rows, " + entry.sha256() + "; nothing was restored");
        }
    }

    private int[] types(String table, List<String> columns) throws SQLException {
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT " + String.join(", ", columns) + " FROM " + table + " WHERE 1 = 0")) {
            ResultSetMetaData meta = rs.getMetaData();
            int[] types = new int[columns.size()];
            for (int i = 0; i < types.length; i++) {
                types[i] = meta.getColumnType(i + 1);
            }
            return types;
        }
    }

    /** Binds a value read from the archive to a column of the store's engine, which may differ from the backup's. */
    static void bind(PreparedStatement s, int i, Object v, int type) throws SQLException {
        switch (v) {
            case null -> s.setNull(i, type);
            case Long l when type == Types.BOOLEAN || type == Types.BIT -> s.setBoolean(i, l != 0);
            case Long l when type == Types.DOUBLE || type == Types.FLOAT || type == Types.REAL -> s.setDouble(i, l);
            case Long l when type == Types.VARCHAR || type == Types.CHAR || type == Types.LONGVARCHAR -> s.setString(i, l.toString());
            case Long l -> s.setLong(i, l);
            case Double d -> s.setDouble(i, d);
            case Boolean b when type == Types.INTEGER || type == Types.BIGINT || type == Types.SMALLINT -> s.setLong(i, b ? 1 : 0);
            case Boolean b -> s.setBoolean(i, b);
            case String str -> s.setString(i, str);
            case byte[] bytes -> s.setBytes(i, bytes);
            default -> throw new IllegalStateException("TableFile reads no " + v.getClass());
        }
    }

    /** The manifest's entries by table name. */
    static Map<String, BackupManifest.TableEntry> byName(BackupManifest manifest) {
        return manifest.tables().stream().collect(Collectors.toMap(BackupManifest.TableEntry::name, Function.identity(),
                (a, b) -> a, TreeMap::new));
    }

    static String lower(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
