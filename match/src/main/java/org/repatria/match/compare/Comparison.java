package org.repatria.match.compare;

/** Compares two profiles field by field into levels (indexed by {@link Field#ordinal()}; 0 = missing). */
public final class Comparison {
    private static final Field[] FIELDS = Field.values();

    private Comparison() {
    }

    /** Writes the level of every field for the pair (a, b) into {@code out}. */
    public static void levels(Profile a, Profile b, byte[] out) {
        ProfilePair pair = new ProfilePair(a, b);
        for (Field f : FIELDS) {
            out[f.ordinal()] = (byte) f.level(pair);
        }
    }

    /** The number of fields, i.e. the length of a level vector. */
    public static int fields() {
        return FIELDS.length;
    }
}
