package org.repatria.match.compare;

import java.util.List;
import java.util.function.Predicate;

/**
 * One agreement level of a field (a comparison level, in Splink's terms): its label, the test a pair must pass to agree
 * at it, and whether its weight is adjusted for how common the name is. A field's levels are tried in their declared
 * order and the first whose test passes is the pair's level, so a label can never part from its test.
 */
public record Level(String label, Predicate<ProfilePair> test, boolean weighedByFrequency) {

    /** A level agreed at when {@code test} passes (and no earlier level's did). */
    public static Level of(String label, Predicate<ProfilePair> test) {
        return new Level(label, test, false);
    }

    /** The last level, agreed at when no other passes ("different"). */
    public static Level otherwise(String label) {
        return of(label, pair -> true);
    }

    /** This level with its weight adjusted for the name's frequency (agreeing on a rare name counts for more). */
    public Level byFrequency() {
        return new Level(label, test, true);
    }

    /** The position in {@code levels} of the first level whose test {@code pair} passes. */
    static int first(List<Level> levels, ProfilePair pair) {
        for (int i = 0; i < levels.size(); i++) {
            if (levels.get(i).test().test(pair)) {
                return i;
            }
        }
        throw new IllegalStateException("no level of " + levels.stream().map(Level::label).toList() + " applies");
    }
}
