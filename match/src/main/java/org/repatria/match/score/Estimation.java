package org.repatria.match.score;

import java.util.Arrays;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.repatria.match.compare.Field;

/**
 * Estimates a {@link Model} from unlabelled data: {@code u} from random pairs (nearly all non-matches), then the
 * session prior and {@code m} by expectation–maximisation over candidate pairs' level patterns, {@code u} held fixed.
 * Fields a session's candidates were blocked on are left out of it (their agreement there is made by blocking).
 */
public final class Estimation {
    private static final Field[] FIELDS = Field.values();
    private static final int BITS = Patterns.BITS;
    private static final int CHUNK = 1 << 13;
    /**
     * The starting m counts as this many matches seen (a Dirichlet prior): short lists lean on it, long lists
     * outweigh it, and no level's m can collapse to zero.
     */
    private static final double PSEUDO_MATCHES = 10;

    static {
        for (Field f : FIELDS) {
            if (f.levelCount() > 1 << BITS) {
                throw new IllegalStateException(f + " has more levels than a pattern code holds (" + (1 << BITS) + ")");
            }
        }
    }

    /** Compares pair (i, j) into a level vector; called from several threads at once. */
    @FunctionalInterface
    public interface PairLevels {
        void levels(int i, int j, byte[] out);
    }

    private Estimation() {
    }

    /**
     * {@code u} from up to {@code samples} random pairs (i from [0, left), j from [0, right), i ≠ j when
     * {@code within}): the pairs drawn in order from the seed, compared in parallel, counted.
     */
    public static double[][] u(int left, int right, boolean within, PairLevels compare, int samples, long seed) {
        double[][] counts = new double[FIELDS.length][];
        for (Field f : FIELDS) {
            counts[f.ordinal()] = new double[f.levelCount()];
        }
        SplittableRandom random = new SplittableRandom(seed);
        int[] is = new int[left > 0 && right > 0 ? samples : 0];
        int[] js = new int[is.length];
        int drawn = 0;
        for (int s = 0; s < is.length; s++) {
            int i = random.nextInt(left);
            int j = random.nextInt(right);
            if (within && i == j) {
                continue;
            }
            is[drawn] = i;
            js[drawn++] = j;
        }
        int n = drawn;
        byte[] all = new byte[n * FIELDS.length];
        IntStream.range(0, (n + CHUNK - 1) / CHUNK).parallel().forEach(c -> {
            byte[] levels = new byte[FIELDS.length];
            for (int s = c * CHUNK, end = Math.min(n, s + CHUNK); s < end; s++) {
                compare.levels(is[s], js[s], levels);
                System.arraycopy(levels, 0, all, s * FIELDS.length, FIELDS.length);
            }
        });
        for (int s = 0; s < n; s++) {
            for (int f = 0; f < FIELDS.length; f++) {
                counts[f][all[s * FIELDS.length + f]]++;
            }
        }
        double[][] u = new double[FIELDS.length][];
        for (Field f : FIELDS) {
            double[] c = counts[f.ordinal()];
            double total = 0;
            for (int l = 1; l < c.length; l++) {
                total += c[l];
            }
            u[f.ordinal()] = new double[c.length];
            for (int l = 1; l < c.length; l++) {
                // Half a count keeps an unseen agreement finite without letting it outweigh everything else.
                u[f.ordinal()][l] = (c[l] + 0.5) / (total + 0.5 * (c.length - 1));
            }
        }
        return u;
    }

    /** EM over the level vectors {@code levels} (pairs × fields), starting from {@code prior}. */
    public static Model em(byte[] levels, double[][] u, double prior, double maxPrior, Set<Field> fixed, int iterations) {
        long[] patterns = Patterns.codes(levels);
        Arrays.parallelSort(patterns);
        // The distinct codes counted first, so the arrays are as long as they (thousands), not as the pairs (millions).
        int distinct = 0;
        for (int p = 0; p < patterns.length; p++) {
            if (p == 0 || patterns[p - 1] != patterns[p]) {
                distinct++;
            }
        }
        long[] codes = new long[distinct];
        double[] counts = new double[distinct];
        int d = -1;
        for (int p = 0; p < patterns.length; p++) {
            if (p == 0 || patterns[p - 1] != patterns[p]) {
                codes[++d] = patterns[p];
            }
            counts[d]++;
        }
        return iterate(codes, counts, u, prior, maxPrior, fixed, iterations);
    }

    private static Model iterate(long[] codes, double[] counts, double[][] u, double prior, double maxPrior,
                                 Set<Field> fixed, int iterations) {
        boolean[] skip = new boolean[FIELDS.length];
        fixed.forEach(f -> skip[f.ordinal()] = true);
        double[][] prior0 = start();
        double[][] m = start();
        double lambda = Math.min(maxPrior, Math.max(1e-6, prior));
        for (int it = 0; it < iterations; it++) {
            double[][] acc = new double[FIELDS.length][];
            for (Field f : FIELDS) {
                acc[f.ordinal()] = new double[f.levelCount()];
            }
            double matched = 0;
            double all = 0;
            for (int p = 0; p < codes.length; p++) {
                double pm = lambda;
                double pu = 1 - lambda;
                for (int f = 0; f < FIELDS.length; f++) {
                    int l = level(codes[p], f);
                    if (l > 0 && !skip[f]) {
                        pm *= m[f][l];
                        pu *= u[f][l];
                    }
                }
                double w = pm / (pm + pu) * counts[p];
                matched += w;
                all += counts[p];
                for (int f = 0; f < FIELDS.length; f++) {
                    acc[f][level(codes[p], f)] += w;
                }
            }
            lambda = Math.min(maxPrior, Math.max(1e-9, matched / all));
            for (int f = 0; f < FIELDS.length; f++) {
                if (skip[f]) {
                    continue;
                }
                double total = 0;
                for (int l = 1; l < acc[f].length; l++) {
                    total += acc[f][l] + PSEUDO_MATCHES * prior0[f][l];
                }
                for (int l = 1; l < acc[f].length; l++) {
                    m[f][l] = (acc[f][l] + PSEUDO_MATCHES * prior0[f][l]) / total;
                }
            }
        }
        return new Model(lambda, m, u);
    }

    static int level(long code, int field) {
        return (int) (code >>> (BITS * field)) & ((1 << BITS) - 1);
    }

    /** Agreement likely among matches, disagreement unlikely: level 1 gets most, the last level least. */
    static double[][] start() {
        double[][] m = new double[FIELDS.length][];
        for (Field f : FIELDS) {
            int n = f.levelCount() - 1;
            m[f.ordinal()] = new double[n + 1];
            m[f.ordinal()][1] = 0.8;
            for (int l = 2; l <= n; l++) {
                m[f.ordinal()][l] = (l == n ? 0.05 : 0.15 / Math.max(1, n - 2));
            }
        }
        return m;
    }
}
