package org.repatria.core.tranche;

import java.math.BigInteger;
import org.repatria.core.agreement.Terms;

/**
 * The parity of an agreement as a reduced ratio first:second (1:1 for all for all). A tranche keeps parity when its
 * counts are within one person of the ratio: {@code |a*second - b*first| < max(first, second)}.
 */
record Ratio(int first, int second, String words) {

    static Ratio of(Terms terms) {
        return switch (terms) {
            case Terms.FixedCounts f -> {
                int g = BigInteger.valueOf(f.first()).gcd(BigInteger.valueOf(f.second())).intValue();
                yield new Ratio(f.first() / g, f.second() / g, f.first() + " for " + f.second());
            }
            default -> new Ratio(1, 1, "one for one");
        };
    }

    boolean keeps(long a, long b) {
        return Math.abs(a * second - b * first) < Math.max(first, second);
    }

    /** How many the second side owes once the first has handed over {@code firstSoFar} in all (rounded down). */
    long secondFor(long firstSoFar) {
        return firstSoFar * second / first;
    }

    /** The largest total for the first side such that the second side's share stays within {@code secondLimit}. */
    long firstWithin(long secondLimit) {
        return ((secondLimit + 1) * first - 1) / second;
    }
}
