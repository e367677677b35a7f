package org.repatria.match.score;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.SplittableRandom;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.repatria.match.compare.Field;

class TrainingTest {
    private static final long SEED = 11;
    private static final int FIELDS = Field.values().length;

    /** {@code n} pairs whose fields agree (level 1) with probability {@code agree}, else differ. */
    private static byte[] pairs(int n, double agree, SplittableRandom rng) {
        byte[] out = new byte[n * FIELDS];
        for (int p = 0; p < n; p++) {
            for (Field f : Field.values()) {
                out[p * FIELDS + f.ordinal()] = (byte) (rng.nextDouble() < agree ? 1 : f.different());
            }
        }
        return out;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    @Test
    void aRefittedModelKeepsItsMAndUAndTakesThePriorOfTheNewPairs() {
        SplittableRandom rng = new SplittableRandom(SEED);
        Model learnt = Estimation.em(concat(pairs(2_000, 0.9, rng), pairs(8_000, 0.05, rng)), uniformU(), 0.1, 0.5,
                Set.of(), 30);
        // Another population: 100 matches among 10,000 candidates out of a million possible pairs.
        byte[] fewMatches = concat(pairs(100, 0.9, rng), pairs(9_900, 0.05, rng));

        Model refit = Training.refit(learnt, fewMatches, 1_000_000, 5_000);

        assertThat(refit.m()).isSameAs(learnt.m());
        assertThat(refit.u()).isSameAs(learnt.u());
        assertThat(refit.prior() * 1_000_000).as("seed %d", SEED).isCloseTo(100, Offset.offset(15.0));
    }

    @Test
    void thePriorIsToTheBitWhatOneLoopOverThePairsGives() {
        SplittableRandom rng = new SplittableRandom(SEED);
        Model learnt = Estimation.em(concat(pairs(2_000, 0.9, rng), pairs(8_000, 0.05, rng)), uniformU(), 0.1, 0.5,
                Set.of(), 30);
        // More pairs than one of Patterns' chunks, so that several chunks are indexed.
        byte[] levels = concat(pairs(3_000, 0.9, rng), pairs(200_000, 0.05, rng));

        double prior = Training.refit(learnt, levels, 1e9, 5_000).prior();

        assertThat(Double.doubleToRawLongBits(prior))
                .isEqualTo(Double.doubleToRawLongBits(oneLoopPrior(levels, learnt.m(), learnt.u(), 1e9, 5_000)));
    }

    /** The prior's fixed point as it was written before it went on the pool: one loop over the pairs, 25 passes. */
    private static double oneLoopPrior(byte[] levels, double[][] m, double[][] u, double allPairs, double expected) {
        int n = levels.length / FIELDS;
        double[] bayes = new double[n];
        for (int p = 0; p < n; p++) {
            double b = 1;
            for (int f = 0; f < FIELDS; f++) {
                int l = levels[p * FIELDS + f];
                if (l > 0) {
                    b *= m[f][l] / u[f][l];
                }
            }
            bayes[p] = b;
        }
        double lambda = Math.max(1, expected / 2) / Math.max(1, allPairs);
        for (int it = 0; it < 25; it++) {
            double odds = lambda / (1 - lambda);
            double found = 0;
            for (double b : bayes) {
                found += odds * b / (1 + odds * b);
            }
            lambda = Math.min(Math.max(found, 1e-3), Math.max(1, expected)) / Math.max(1, allPairs);
        }
        return Math.min(lambda, 1 - 1e-9);
    }

    private static double[][] uniformU() {
        double[][] u = new double[FIELDS][];
        for (Field f : Field.values()) {
            u[f.ordinal()] = new double[f.levelCount()];
            for (int l = 1; l < f.levelCount(); l++) {
                u[f.ordinal()][l] = l == 1 ? 0.05 : l == f.different() ? 0.95 - 1e-3 * (f.levelCount() - 3) : 1e-3;
            }
        }
        return u;
    }
}
