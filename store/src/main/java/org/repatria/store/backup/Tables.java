package org.repatria.store.backup;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.repatria.store.StoreException;

/**
 * The application's tables as the database describes them (so a table another migration adds is backed up without a
 * word here), in an order where every table comes after the tables its foreign keys point to. Names in lower case.
 */
final class Tables {
    /** Flyway's own table: a restored store is migrated by Flyway itself, not copied. */
    static final String SCHEMA_HISTORY = "flyway_schema_history";

    private Tables() {
    }

    /** A table: its name, its columns in order, and its primary key's columns (empty when it has none). */
    record Table(String name, List<String> columns, List<String> key) {
        /** The query that reads every row, in key order when there is a key. */
        String select() {
            return "SELECT " + String.join(", ", columns) + " FROM " + name
                    + (key.isEmpty() ? "" : " ORDER BY " + String.join(", ", key));
        }
    }

    /** Every table of the connection's schema but Flyway's, parents before children. */
    static List<Table> inOrder(Connection c) throws SQLException {
        DatabaseMetaData meta = c.getMetaData();
        String schema = c.getSchema();
        Map<String, String> stored = new TreeMap<>(); // lower-case name -> name as the database spells it
        try (ResultSet rs = meta.getTables(null, schema, "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                String name = rs.getString("TABLE_NAME");
                String lower = name.toLowerCase(Locale.ROOT);
                if (!lower.equals(SCHEMA_HISTORY) && !lower.startsWith("sqlite_")) {
                    stored.put(lower, name);
                }
            }
        }
        Map<String, Set<String>> parents = new TreeMap<>();
        for (var t : stored.entrySet()) {
            Set<String> refs = new TreeSet<>();
            try (ResultSet rs = meta.getImportedKeys(null, schema, t.getValue())) {
                while (rs.next()) {
                    String parent = rs.getString("PKTABLE_NAME").toLowerCase(Locale.ROOT);
                    if (!parent.equals(t.getKey()) && stored.containsKey(parent)) {
                        refs.add(parent);
                    }
                }
            }
            parents.put(t.getKey(), refs);
        }
        List<Table> ordered = new ArrayList<>();
        Set<String> placed = new LinkedHashSet<>();
        while (placed.size() < stored.size()) {
            int before = placed.size();
            for (var t : parents.entrySet()) {
                if (!placed.contains(t.getKey()) && placed.containsAll(t.getValue())) {
                    placed.add(t.getKey());
                    ordered.add(describe(meta, schema, t.getKey(), stored.get(t.getKey())));
                }
            }
            if (placed.size() == before) {
                throw new StoreException("the foreign keys between the tables form a cycle; the backup cannot order them");
            }
        }
        return ordered;
    }

    private static Table describe(DatabaseMetaData meta, String schema, String name, String spelled) throws SQLException {
        Map<Integer, String> columns = new TreeMap<>();
        try (ResultSet rs = meta.getColumns(null, schema, spelled, "%")) {
            while (rs.next()) {
                columns.put(rs.getInt("ORDINAL_POSITION"), rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
            }
        }
        Map<Integer, String> key = new TreeMap<>();
        try (ResultSet rs = meta.getPrimaryKeys(null, schema, spelled)) {
            while (rs.next()) {
                key.put(rs.getInt("KEY_SEQ"), rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
            }
        }
        return new Table(name, List.copyOf(columns.values()), List.copyOf(key.values()));
    }
}
