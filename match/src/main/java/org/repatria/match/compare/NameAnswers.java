package org.repatria.match.compare;

import java.util.List;
import org.repatria.match.name.Name;

/**
 * What the name levels ask of two names (by their ids in {@link ProfileColumns}), as bits, worked out by
 * {@link NamePair} and remembered in a fixed table of one long a slot (the two ids and the bits), where a new pair takes
 * the slot of an old one. One per comparing thread.
 */
final class NameAnswers {
    static final int MISSING = 1;
    static final int SAME = 1 << 1;
    static final int EQUIVALENT = 1 << 2;
    static final int CLOSE = 1 << 3;
    static final int SIMILAR = 1 << 4;
    private static final int BITS = 5;
    private static final int SLOTS = 20;
    private static final int MASK = (1 << SLOTS) - 1;
    private final Name[] names;
    private final long[] table = new long[1 << SLOTS];

    private final FormArena forms;

    NameAnswers(Name[] names, FormArena forms) {
        this.names = names;
        this.forms = forms;
    }

    /** The answers for names {@code x} and {@code y} (ids; 0 is a missing name). */
    int of(int x, int y) {
        if (x == 0 || y == 0) {
            return MISSING;
        }
        long key = (long) x << 29 | y;
        long h = key * 0x9E3779B97F4A7C15L;
        int slot = (int) (h >>> 40) & MASK;
        long entry = table[slot];
        if (entry >>> BITS == key) {
            return (int) entry & ((1 << BITS) - 1);
        }
        int answers = work(x, y);
        table[slot] = key << BITS | answers;
        return answers;
    }

    /**
     * Some form in common answers alone: every level test asks it first and, when it holds, asks nothing else.
     * Otherwise the equivalence class, close (Jaro–Winkler ≥ 0.92 or one slip) and similar (≥ 0.84 or a sound key):
     * {@link NamePair}'s answers, worked out on the {@link FormArena} (the sound keys from the names).
     */
    private int work(int x, int y) {
        if (forms.sameForm(x, y)) {
            return SAME;
        }
        double best = forms.best(x, y, NamePair.CLOSE);
        boolean close = best >= NamePair.CLOSE || forms.oneEdit(x, y);
        boolean similar = best >= NamePair.SIMILAR || shares(names[x].keys(), names[y].keys());
        return (forms.sameEquivalence(x, y) ? EQUIVALENT : 0) | (close ? CLOSE : 0) | (similar ? SIMILAR : 0);
    }

    private static boolean shares(List<String> a, List<String> b) {
        for (String x : a) {
            if (b.contains(x)) {
                return true;
            }
        }
        return false;
    }
}
