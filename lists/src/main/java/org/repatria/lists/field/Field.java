package org.repatria.lists.field;

import java.util.Locale;
import java.util.Optional;
import org.repatria.core.person.DetailField;

/** A column a person list may carry: one of the core fields, or one of the detail fields. */
public sealed interface Field permits CoreField, DetailColumn {

    /** The field's constant name, e.g. {@code CAPTURE_DATE}. */
    String name();

    /** How the cell text is read. */
    FieldKind kind();

    /** The canonical header name, e.g. {@code surname} or {@code capture_date}. */
    default String canonical() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The column of a detail field. */
    static Field of(DetailField detail) {
        return new DetailColumn(detail);
    }

    /** Every field, core ones first, each in its enum's order. */
    static java.util.List<Field> all() {
        java.util.List<Field> all = new java.util.ArrayList<>(java.util.List.of(CoreField.values()));
        for (DetailField detail : DetailField.values()) {
            all.add(of(detail));
        }
        return all;
    }

    /** The field with canonical header {@code name}, if there is one. */
    static Optional<Field> byCanonical(String name) {
        return all().stream().filter(f -> f.canonical().equals(name)).findFirst();
    }
}
