package org.repatria.match.compare;

import java.util.List;
import org.repatria.match.name.Name;

/** Two names side by side, with what the name levels test; their best Jaro–Winkler similarity is computed once. */
final class NamePair {
    static final double CLOSE = 0.92;
    static final double SIMILAR = 0.84;
    private final Name a;
    private final Name b;
    private double best = -1;

    NamePair(Name a, Name b) {
        this.a = a;
        this.b = b;
    }

    boolean missing() {
        return a.missing() || b.missing();
    }

    /** Some romanised form in common. */
    boolean sameForm() {
        return shares(a.forms(), b.forms());
    }

    /** The same Ukrainian/Russian equivalence class (Олександр, Александр). */
    boolean sameEquivalence() {
        return !a.equivalence().isEmpty() && a.equivalence().equals(b.equivalence());
    }

    /** Jaro–Winkler ≥ 0.92, or one slip of the pen. */
    boolean close() {
        return best() >= CLOSE || oneEdit();
    }

    /** Jaro–Winkler ≥ 0.84, or a sound key in common. */
    boolean similar() {
        return best() >= SIMILAR || shares(a.keys(), b.keys());
    }

    /** Both present and the same form or close: what counts when a name is looked for in the other column. */
    boolean sameOrClose() {
        return !missing() && (sameForm() || close());
    }

    private double best() {
        if (best < 0) {
            best = 0;
            for (String x : a.forms()) {
                for (String y : b.forms()) {
                    best = Math.max(best, JaroWinkler.similarity(x, y));
                }
            }
        }
        return best;
    }

    /** One slip of the pen (Damerau–Levenshtein 1), which Jaro–Winkler underrates in short names (Clain, Clsin). */
    private boolean oneEdit() {
        for (String x : a.forms()) {
            for (String y : b.forms()) {
                if (Math.min(x.length(), y.length()) >= 4 && Edits.withinOne(x, y)) {
                    return true;
                }
            }
        }
        return false;
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
