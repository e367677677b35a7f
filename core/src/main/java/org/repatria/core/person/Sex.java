package org.repatria.core.person;

/** Sex as recorded on the list; {@code UNKNOWN} when the list does not say. */
public enum Sex {
    MALE, FEMALE, UNKNOWN
}
