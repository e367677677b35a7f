package org.repatria.lists.field;

/** A column a person list may carry: one of the core fields or one of the detail fields. */
public sealed interface Field permits CoreField, DetailField {

    /** The constant's name, e.g. {@code CAPTURE_DATE} (both implementations are enums). */
    String name();

    /** The canonical header name, e.g. {@code surname} or {@code capture_date}. */
    default String canonical() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** How the cell text is read. */
    FieldKind kind();

    /** The field with canonical header {@code name}, if there is one. */
    static java.util.Optional<Field> byCanonical(String name) {
        for (CoreField f : CoreField.values()) {
            if (f.canonical().equals(name)) {
                return java.util.Optional.of(f);
            }
        }
        for (DetailField f : DetailField.values()) {
            if (f.canonical().equals(name)) {
                return java.util.Optional.of(f);
            }
        }
        return java.util.Optional.empty();
    }
}
