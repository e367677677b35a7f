package org.repatria.match.compare;

import org.repatria.match.name.Name;

/**
 * How far two names agree, by the same tests as the name fields' comparison levels (forms in common, the
 * Ukrainian/Russian equivalence class, Jaro–Winkler ≥ 0.92 or one slip of the pen, Jaro–Winkler ≥ 0.84 or a sound key
 * in common), for searches that weigh names their own way.
 */
public enum NameLevel {
    /** Missing on either side. */
    MISSING,
    /** Some romanised form in common. */
    SAME,
    /** Ukrainian and Russian forms of one name (Олександр, Александр). */
    EQUIVALENT,
    /** A slip of the pen apart. */
    CLOSE,
    /** Sound alike. */
    SOUNDS_ALIKE,
    /** None of the above. */
    DIFFERENT;

    /** The first level {@code a} and {@code b} agree at. */
    public static NameLevel of(Name a, Name b) {
        NamePair p = new NamePair(a, b);
        if (p.missing()) {
            return MISSING;
        }
        if (p.sameForm()) {
            return SAME;
        }
        if (p.sameEquivalence()) {
            return EQUIVALENT;
        }
        if (p.close()) {
            return CLOSE;
        }
        return p.similar() ? SOUNDS_ALIKE : DIFFERENT;
    }
}
