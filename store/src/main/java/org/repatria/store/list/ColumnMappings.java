package org.repatria.store.list;

import java.util.Map;
import java.util.TreeMap;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.repatria.core.party.PartyId;
import org.repatria.store.internal.engine.Database;
import org.repatria.store.party.Parties;

/**
 * Each party's saved header names for list import: header key to canonical field name, as plain
 * text pairs (module lists gives them meaning). Replaced whole, in one transaction.
 */
public final class ColumnMappings {
    private final Database db;

    /** The repository over {@code db}. */
    public ColumnMappings(Database db) {
        this.db = db;
    }

    /** The party's saved mapping, by header key; empty when it saved none. */
    public Map<String, String> of(PartyId party) {
        return db.read("read the column mapping of " + party, h -> {
            Map<String, String> mapping = new TreeMap<>();
            h.createQuery("SELECT header_key, field FROM column_mappings WHERE party_id = ? ORDER BY header_key")
                    .bind(0, party.value()).map((rs, ctx) -> Map.entry(rs.getString(1), rs.getString(2)))
                    .forEach(e -> mapping.put(e.getKey(), e.getValue()));
            return mapping;
        });
    }

    /** Replaces the party's saved mapping with {@code mapping}; refused when the party is not stored. */
    public void save(PartyId party, Map<String, String> mapping) {
        db.write("save the column mapping of " + party, h -> {
            Parties.kindOf(h, party);
            h.createUpdate("DELETE FROM column_mappings WHERE party_id = ?").bind(0, party.value()).execute();
            if (!mapping.isEmpty()) {
                PreparedBatch batch = h.prepareBatch("INSERT INTO column_mappings (party_id, header_key, field) VALUES (?, ?, ?)");
                mapping.forEach((key, field) -> batch.bind(0, party.value()).bind(1, key).bind(2, field).add());
                batch.execute();
            }
            return null;
        });
    }
}
