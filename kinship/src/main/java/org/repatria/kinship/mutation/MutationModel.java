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

    /** Integer alleles step by one repeat or more (relative weight {@code range} per extra step); {@code rate2} to or from microvariants. */
    record Stepwise(double rate, double rate2, double range) implements MutationModel {
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
