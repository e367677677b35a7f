package org.repatria.kinship.mutation;

import org.repatria.kinship.KinshipException;
import org.repatria.kinship.frequency.Locus;

/** How an allele may change in one transmission from parent to child (the models of the R package pedmut). */
public sealed interface MutationModel {

    /** No mutation: the identity matrix. */
    record None() implements MutationModel {
    }

    /** Probability 1-rate of no change, the rest spread evenly over the other alleles. */
    record Equal(double rate) implements MutationModel {
    }

    /** Mutations land on allele j in proportion to its frequency; the expected rate is {@code rate}. */
    record Proportional(double rate) implements MutationModel {
    }

    /**
     * The extended stepwise model (Familias; pedmut's "stepwise"): an allele changes by whole repeats within its
     * group (integers, or the microvariants x.1, x.2, x.3 with the same decimal) with probability {@code rate},
     * n + 1 steps {@code range} times as likely as n; it jumps to another group with {@code rate2}, evenly.
     */
    record Stepwise(double rate, double rate2, double range) implements MutationModel {

        public Stepwise {
            if (!(rate >= 0 && rate2 >= 0 && rate + rate2 <= 1)) {
                throw new KinshipException("stepwise mutation rates " + rate + " and " + rate2
                        + " must be probabilities whose sum is at most 1");
            }
            if (!(range > 0) || Double.isInfinite(range)) {
                throw new KinshipException("stepwise mutation range " + range + " must be a positive number");
            }
        }
    }

    /** The transition matrix over the locus's alleles, rows = parent's allele, columns = transmitted allele. */
    default double[][] matrix(Locus locus) {
        int n = locus.size();
        double[][] m = new double[n][n];
        switch (this) {
            case None none -> fillDiagonal(m, 1, 0);
            case Equal e -> fillDiagonal(m, 1 - e.rate(), n == 1 ? 0 : e.rate() / (n - 1));
            case Proportional p -> proportional(m, locus, p.rate());
            case Stepwise s -> StepwiseMatrix.fill(m, locus, s);
        }
        return m;
    }

    /** True when alleles nobody carries can be merged into one state without changing any likelihood. */
    default boolean lumpable() {
        return !(this instanceof Stepwise);
    }

    /** True when, among merged alleles, the allele actually carried is distributed as the population frequencies. */
    default boolean keepsFrequenciesWithinLump() {
        return this instanceof None || this instanceof Proportional;
    }

    private static void fillDiagonal(double[][] m, double diagonal, double offDiagonal) {
        for (int i = 0; i < m.length; i++) {
            for (int j = 0; j < m.length; j++) {
                m[i][j] = i == j ? diagonal : offDiagonal;
            }
        }
    }

    private static void proportional(double[][] m, Locus locus, double rate) {
        double heterozygosity = 0;
        for (int i = 0; i < locus.size(); i++) {
            heterozygosity += locus.frequency(i) * (1 - locus.frequency(i));
        }
        double alpha = heterozygosity == 0 ? 0 : rate / heterozygosity;
        for (int i = 0; i < m.length; i++) {
            for (int j = 0; j < m.length; j++) {
                m[i][j] = (i == j ? 1 - alpha : 0) + alpha * locus.frequency(j);
                if (m[i][j] > 1) {
                    throw new KinshipException("marker " + locus.name() + ": proportional mutation rate " + rate
                            + " is impossible for these frequencies; give a smaller rate");
                }
            }
        }
    }
}
