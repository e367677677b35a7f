package org.repatria.lists.header;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.repatria.lists.field.Field;

/**
 * A party's own header names, saved so that its next list maps without help: header key (the header
 * folded for comparison: case, punctuation, apostrophes, look-alike letters) to canonical field name.
 * It wins over the built-in names. A plain value, ready to be stored as text pairs.
 */
public record ColumnMapping(Map<String, String> entries) {
    public ColumnMapping {
        TreeMap<String, String> keyed = new TreeMap<>();
        entries.forEach((header, canonical) -> {
            if (Field.byCanonical(canonical).isEmpty()) {
                throw new IllegalArgumentException("column mapping: '" + header + "' is mapped to '" + canonical
                        + "', which is no field; use one of " + allCanonical());
            }
            String key = HeaderKey.of(header);
            if (key.isEmpty()) {
                throw new IllegalArgumentException("column mapping: a blank header cannot be mapped (to '" + canonical + "')");
            }
            keyed.put(key, canonical);
        });
        entries = java.util.Collections.unmodifiableMap(keyed);
    }

    /** No saved names. */
    public static ColumnMapping none() {
        return new ColumnMapping(Map.of());
    }

    /** This mapping with {@code header} mapped to {@code field}. */
    public ColumnMapping with(String header, Field field) {
        TreeMap<String, String> more = new TreeMap<>(entries);
        more.put(HeaderKey.of(header), field.canonical());
        return new ColumnMapping(more);
    }

    /** The field this mapping gives a header, if any. */
    public Optional<Field> fieldFor(String header) {
        String canonical = entries.get(HeaderKey.of(header));
        return canonical == null ? Optional.empty() : Field.byCanonical(canonical);
    }

    private static String allCanonical() {
        return Field.all().stream().map(Field::canonical).collect(Collectors.joining(", "));
    }
}
