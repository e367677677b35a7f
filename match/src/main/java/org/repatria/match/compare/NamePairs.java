package org.repatria.match.compare;

import org.repatria.match.name.Name;

/**
 * The name pairs one comparing thread met lately, by the identity of the two names (a list's {@code Names} gives one
 * object per spelling): lists repeat names, so most pairs of profiles ask again what was already worked out for their
 * surnames, given names and patronymics. A fixed table where a new pair takes the slot of an old one; not for sharing
 * between threads.
 */
final class NamePairs {
    private static final int BITS = 17;
    private static final int MASK = (1 << BITS) - 1;
    private final Name[] left = new Name[1 << BITS];
    private final Name[] right = new Name[1 << BITS];
    private final NamePair[] pairs = new NamePair[1 << BITS];

    NamePair of(Name a, Name b) {
        int h = System.identityHashCode(a) * 0x9E3779B1 + System.identityHashCode(b);
        int slot = (h ^ (h >>> 15)) & MASK;
        if (left[slot] == a && right[slot] == b) {
            return pairs[slot];
        }
        NamePair pair = new NamePair(a, b);
        left[slot] = a;
        right[slot] = b;
        pairs[slot] = pair;
        return pair;
    }
}
