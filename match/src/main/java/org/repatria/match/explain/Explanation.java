package org.repatria.match.explain;

import java.util.List;
import java.util.Locale;
import org.repatria.match.compare.Field;

/** Why a pair scored as it did: the prior log2 odds plus each field's contribution; their sum gives the probability. */
public record Explanation(double priorLog2Odds, List<Contribution> contributions) {
    public Explanation {
        contributions = contributions instanceof Contributions kept ? kept : List.copyOf(contributions);
    }

    /** Builds an explanation from per-field levels and weights (indexed by {@link Field#ordinal()}). */
    public static Explanation of(double prior, byte[] levels, double[] weights) {
        return new Explanation(prior, new Contributions(levels, weights));
    }

    /** The total log2 odds. */
    public double log2Odds() {
        return priorLog2Odds + contributions.stream().mapToDouble(Contribution::log2BayesFactor).sum();
    }

    /** One line per field, largest effect first, for a reviewer. */
    public String text() {
        StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "prior %+.1f%n", priorLog2Odds));
        contributions.stream().sorted((x, y) -> Double.compare(Math.abs(y.log2BayesFactor()), Math.abs(x.log2BayesFactor())))
                .forEach(c -> b.append(String.format(Locale.ROOT, "%-12s %-28s %+.1f%n", c.field(), c.level(), c.log2BayesFactor())));
        return b.toString();
    }
}
