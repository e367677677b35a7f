package org.repatria.match.score;

import org.repatria.match.compare.Field;

/**
 * A Fellegi–Sunter model: the share {@code prior} of candidate pairs that match, and for each field and level the
 * probability {@code m} of that level among matches and {@code u} among non-matches (level 0, missing, weighs nothing).
 */
public record Model(double prior, double[][] m, double[][] u) {

    /** log2 of the Bayes factor of {@code field} agreeing at {@code level}. */
    public double weight(Field field, int level) {
        return level == 0 ? 0 : log2(m[field.ordinal()][level] / u[field.ordinal()][level]);
    }

    /** log2 of the Bayes factor when the non-match probability of this level is {@code u} (term-frequency adjusted). */
    public double weight(Field field, int level, double uAdjusted) {
        return level == 0 ? 0 : log2(m[field.ordinal()][level] / uAdjusted);
    }

    /** log2 of the prior odds of a match among candidate pairs. */
    public double priorWeight() {
        return log2(prior / (1 - prior));
    }

    /** The probability that corresponds to a total log2 odds. */
    public static double probability(double log2Odds) {
        return 1.0 / (1.0 + Math.pow(2, -log2Odds));
    }

    static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }
}
