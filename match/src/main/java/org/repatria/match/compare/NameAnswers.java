package org.repatria.match.compare;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * What the name levels ask of two names (by their ids in {@link ProfileColumns}), as bits, worked out by
 * {@link NamePair} and remembered in a fixed table of one long a slot (the two ids and the bits), where a new pair takes
 * the slot of an old one. One per comparing thread, over a table the threads share.
 */
final class NameAnswers {
    static final int MISSING = 1;
    static final int SAME = 1 << 1;
    static final int EQUIVALENT = 1 << 2;
    static final int CLOSE = 1 << 3;
    static final int SIMILAR = 1 << 4;
    private static final int BITS = 5;
    private static final int FEWEST_SLOTS = 12;
    private static final int MOST_SLOTS = 23;
    /** Opaque reads and writes of a slot: each long is read and written whole, whichever thread wrote it. */
    private static final VarHandle SLOT = MethodHandles.arrayElementVarHandle(long[].class);
    private final FormArena forms;
    private final long[] table;
    private final int shift;

    /** Answers over {@code table} ({@link #table}), which all the threads comparing the same columns share. */
    NameAnswers(FormArena forms, long[] table) {
        this.forms = forms;
        this.table = table;
        this.shift = Long.SIZE - Integer.numberOfTrailingZeros(table.length);
    }

    /**
     * A table for comparing lists of {@code rows} rows in all: 16 slots a row, a power of two from 2^12 to 2^23 (64 MiB),
     * shared by the comparing threads (docs/decisions/0170): a pair one thread worked out is met again by the other.
     * A slot holds a pair's two ids and its answers in one long; a racing write leaves one pair's whole entry or
     * the other's, and the answers are the same whoever works them out, so the levels do not depend on the timing.
     */
    static long[] table(long rows) {
        int bits = Math.clamp(Long.SIZE - Long.numberOfLeadingZeros(Math.max(1, 16 * rows - 1)), FEWEST_SLOTS, MOST_SLOTS);
        return new long[1 << bits];
    }

    /** The answers for names {@code x} and {@code y} (ids; 0 is a missing name). */
    int of(int x, int y) {
        if (x == 0 || y == 0) {
            return MISSING;
        }
        if (x == y) {
            return SAME; // one name (ids are per Name object), present, so its forms are in common: no table read
        }
        long key = (long) x << 29 | y;
        int slot = (int) ((key * 0x9E3779B97F4A7C15L) >>> shift);
        long entry = (long) SLOT.getOpaque(table, slot);
        if (entry >>> BITS == key) {
            return (int) entry & ((1 << BITS) - 1);
        }
        int answers = work(x, y);
        SLOT.setOpaque(table, slot, key << BITS | answers);
        return answers;
    }

    /**
     * The slot {@link #of} reads for names {@code x} and {@code y}, read as it stands only to bring its cache line near
     * before the pair is compared (the value is not used; docs/decisions/0186).
     */
    long peek(int x, int y) {
        long key = (long) x << 29 | y;
        return table[(int) ((key * 0x9E3779B97F4A7C15L) >>> shift)];
    }

    /**
     * Some form in common answers alone: every level test asks it first and, when it holds, asks nothing else.
     * Otherwise the equivalence class, close (Jaro–Winkler ≥ 0.92 or one slip) and similar (≥ 0.84 or a sound key):
     * {@link NamePair}'s answers, worked out on the {@link FormArena}.
     */
    private int work(int x, int y) {
        if (forms.sameForm(x, y)) {
            return SAME;
        }
        double best = forms.best(x, y, NamePair.CLOSE);
        boolean close = best >= NamePair.CLOSE || forms.oneEdit(x, y);
        boolean similar = best >= NamePair.SIMILAR || forms.sharesKey(x, y);
        return (forms.sameEquivalence(x, y) ? EQUIVALENT : 0) | (close ? CLOSE : 0) | (similar ? SIMILAR : 0);
    }
}
