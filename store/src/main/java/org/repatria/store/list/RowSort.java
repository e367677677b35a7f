package org.repatria.store.list;

/** The order of a page of rows; ties are broken by the author's row order (reversed with the rest when descending). */
public enum RowSort {
    /** The author's order. */
    ROW,
    /** Surname, then given name and patronymic, in Unicode collation order (Cyrillic and Latin). */
    SURNAME,
    /** Birth date; rows without a date come first in ascending order, partial dates before full ones of the same year. */
    BIRTH_DATE,
    /** Military unit, in Unicode collation order. */
    UNIT,
    /** Military identifier, compared character by character. */
    MILITARY_ID
}
