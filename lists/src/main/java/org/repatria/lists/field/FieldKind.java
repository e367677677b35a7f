package org.repatria.lists.field;

/** How a field's cell text is read and normalized. */
public enum FieldKind {
    /** An identifier: trimmed, otherwise kept as written. */
    ID,
    /** A part of a person's name: script repair and name case. */
    NAME,
    /** Free text such as a place or a unit: whitespace and script repair only. */
    TEXT,
    /** A partial date (day, month or year precision). */
    DATE,
    /** Sex: male, female or unknown, in any of the list languages. */
    SEX,
    /** The humanitarian track: POW, CIVILIAN, REMAINS or CHILD. */
    CATEGORY
}
