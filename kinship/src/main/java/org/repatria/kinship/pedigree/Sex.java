package org.repatria.kinship.pedigree;

/** Sex as coded in the kinship CSV files: 1 male, 2 female, empty unknown. */
public enum Sex {
    MALE, FEMALE, UNKNOWN;

    /** True when both are known and differ. */
    public boolean conflictsWith(Sex other) {
        return this != UNKNOWN && other != UNKNOWN && this != other;
    }
}
