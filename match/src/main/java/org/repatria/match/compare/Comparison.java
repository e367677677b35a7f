package org.repatria.match.compare;

/**
 * Compares two profiles field by field into levels (indexed by {@link Field#ordinal()}; 0 = missing). An instance is
 * one thread's comparing session: it remembers the name pairs it has met, which at a million people saves most of
 * the name comparisons; do not share one between threads.
 */
public final class Comparison {
    private static final Field[] FIELDS = Field.values();
    private final NamePairs known = new NamePairs();

    /** A session for one thread. */
    public Comparison() {
    }

    /** Writes the level of every field for the pair (a, b) into {@code out}, remembering the names it compared. */
    public void compare(Profile a, Profile b, byte[] out) {
        levels(new ProfilePair(a, b, known), out);
    }

    /** Writes the level of every field for the pair (a, b) into {@code out}. */
    public static void levels(Profile a, Profile b, byte[] out) {
        levels(new ProfilePair(a, b), out);
    }

    private static void levels(ProfilePair pair, byte[] out) {
        for (Field f : FIELDS) {
            out[f.ordinal()] = (byte) f.level(pair);
        }
    }

    /** The number of fields, i.e. the length of a level vector. */
    public static int fields() {
        return FIELDS.length;
    }
}
