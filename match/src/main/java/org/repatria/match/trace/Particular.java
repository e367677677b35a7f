package org.repatria.match.trace;

/** The particulars a child search weighs, each shown to the reviewer with its verdict. */
public enum Particular {
    SURNAME, GIVEN_NAME, FATHER, MOTHER_GIVEN_NAME, MOTHER_SURNAME, SEX, BIRTH_DATE, BIRTH_PLACE, REMOVAL
}
