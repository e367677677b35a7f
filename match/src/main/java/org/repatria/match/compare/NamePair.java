package org.repatria.match.compare;

import java.util.List;
import org.repatria.match.name.Name;

/**
 * Two names side by side, with what the name levels test; each answer (forms in common, best Jaro–Winkler
 * similarity, one slip apart) is worked out once, so a pair met again through {@link NamePairs} costs nothing.
 */
final class NamePair {
    static final double CLOSE = 0.92;
    static final double SIMILAR = 0.84;
    private final Name a;
    private final Name b;
    private double best = -1;
    private byte sameForm = -1;
    private byte oneEdit = -1;
    private byte sharesKeys = -1;

    NamePair(Name a, Name b) {
        this.a = a;
        this.b = b;
    }

    boolean missing() {
        return a.missing() || b.missing();
    }

    /** Some romanised form in common. */
    boolean sameForm() {
        if (sameForm < 0) {
            sameForm = (byte) (shares(a.forms(), b.forms()) ? 1 : 0);
        }
        return sameForm == 1;
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
        if (best() >= SIMILAR) {
            return true;
        }
        if (sharesKeys < 0) {
            sharesKeys = (byte) (shares(a.keys(), b.keys()) ? 1 : 0);
        }
        return sharesKeys == 1;
    }

    /** Both present and the same form or close: what counts when a name is looked for in the other column. */
    boolean sameOrClose() {
        return !missing() && (sameForm() || close());
    }

    private double best() {
        if (best < 0) {
            best = 0;
            // Past CLOSE no test asks for more: stop at the first form pair that gets there.
            for (int i = 0; i < a.forms().size() && best < CLOSE; i++) {
                for (int j = 0; j < b.forms().size() && best < CLOSE; j++) {
                    best = Math.max(best, JaroWinkler.similarity(a.forms().get(i), b.forms().get(j)));
                }
            }
        }
        return best;
    }

    /** One slip of the pen (Damerau–Levenshtein 1), which Jaro–Winkler underrates in short names (Clain, Clsin). */
    private boolean oneEdit() {
        if (oneEdit < 0) {
            oneEdit = (byte) (anyOneEdit() ? 1 : 0);
        }
        return oneEdit == 1;
    }

    private boolean anyOneEdit() {
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
