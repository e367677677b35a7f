package org.repatria.core.person;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/** The detail fields a row gives, each at most once; absent fields are simply not there. */
public record Details(Map<DetailField, DetailValue> values) {
    private static final Details NONE = new Details(Map.of());

    public Details {
        EnumMap<DetailField, DetailValue> copy = new EnumMap<>(DetailField.class);
        copy.putAll(values);
        values = Collections.unmodifiableMap(copy);
    }

    /** No detail fields. */
    public static Details none() {
        return NONE;
    }

    /** The value of {@code field}, if the row gives it. */
    public Optional<DetailValue> get(DetailField field) {
        return Optional.ofNullable(values.get(field));
    }
}
