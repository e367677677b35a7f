package org.repatria.match.person;

import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.repatria.match.compare.Field;
import org.repatria.match.score.Estimation;

/**
 * u — how often each field agrees at each level between two rows that are not the same person — from random pairs,
 * as {@link Estimation#u} works it out (the same smoothing) but sampled on every core: at a million rows held, u is
 * most of an add's fixed cost.
 */
final class RandomPairs {
    private static final Field[] FIELDS = Field.values();
    private static final int CHUNKS = 16;

    private RandomPairs() {
    }

    static double[][] u(int left, int right, boolean within, Estimation.PairLevels compare, int samples, long seed) {
        SplittableRandom root = new SplittableRandom(seed);
        SplittableRandom[] rngs = new SplittableRandom[CHUNKS];
        for (int c = 0; c < CHUNKS; c++) {
            rngs[c] = root.split();
        }
        long[][][] counts = new long[CHUNKS][FIELDS.length][];
        IntStream.range(0, CHUNKS).parallel().forEach(c -> {
            long[][] mine = counts[c];
            for (Field f : FIELDS) {
                mine[f.ordinal()] = new long[f.levelCount()];
            }
            byte[] levels = new byte[FIELDS.length];
            for (int s = c; s < samples && left > 0 && right > 0; s += CHUNKS) {
                int i = rngs[c].nextInt(left);
                int j = rngs[c].nextInt(right);
                if (within && i == j) {
                    continue;
                }
                compare.levels(i, j, levels);
                for (int f = 0; f < FIELDS.length; f++) {
                    mine[f][levels[f]]++;
                }
            }
        });
        double[][] u = new double[FIELDS.length][];
        for (Field f : FIELDS) {
            int n = f.levelCount();
            double[] sum = new double[n];
            double total = 0;
            for (int l = 1; l < n; l++) {
                for (int c = 0; c < CHUNKS; c++) {
                    sum[l] += counts[c][f.ordinal()][l];
                }
                total += sum[l];
            }
            u[f.ordinal()] = new double[n];
            for (int l = 1; l < n; l++) {
                u[f.ordinal()][l] = (sum[l] + 0.5) / (total + 0.5 * (n - 1));
            }
        }
        return u;
    }
}
