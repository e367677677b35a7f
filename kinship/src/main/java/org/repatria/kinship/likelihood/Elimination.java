package org.repatria.kinship.likelihood;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Variable elimination (sum-product) over factors whose variables share one domain size K. Works for any
 * pedigree, loops included; the order is chosen greedily by the size of the table each step creates.
 */
final class Elimination {

    private Elimination() {
    }

    /** Sums out every variable not in {@code keep}; returns the table over {@code keep}, in that order. */
    static double[] run(List<Factor> factors, int k, int[] keep) {
        List<Factor> pool = new ArrayList<>(factors);
        Set<Integer> toEliminate = new LinkedHashSet<>();
        for (Factor f : pool) {
            for (int v : f.vars()) {
                toEliminate.add(v);
            }
        }
        for (int v : keep) {
            toEliminate.remove(v);
        }
        while (!toEliminate.isEmpty()) {
            int best = -1;
            int bestSize = Integer.MAX_VALUE;
            for (int v : toEliminate) {
                int size = scopeOf(pool, v).size();
                if (size < bestSize) {
                    bestSize = size;
                    best = v;
                }
            }
            List<Factor> with = new ArrayList<>();
            List<Factor> without = new ArrayList<>();
            for (Factor f : pool) {
                (contains(f.vars(), best) ? with : without).add(f);
            }
            Set<Integer> scope = scopeOf(with, best);
            scope.remove(best);
            without.add(combine(with, scope.stream().mapToInt(Integer::intValue).toArray(), best, k));
            pool = without;
            toEliminate.remove(best);
        }
        return combine(pool, keep, -1, k).values();
    }

    private static Set<Integer> scopeOf(List<Factor> pool, int v) {
        Set<Integer> scope = new LinkedHashSet<>();
        for (Factor f : pool) {
            if (contains(f.vars(), v)) {
                for (int u : f.vars()) {
                    scope.add(u);
                }
            }
        }
        return scope;
    }

    private static boolean contains(int[] vars, int v) {
        for (int u : vars) {
            if (u == v) {
                return true;
            }
        }
        return false;
    }

    /** Product of {@code fs} over scope {@code out} (plus {@code sumVar} summed out when >= 0). */
    static Factor combine(List<Factor> fs, int[] out, int sumVar, int k) {
        int d = out.length + (sumVar >= 0 ? 1 : 0);
        int[] scope = java.util.Arrays.copyOf(out, d);
        if (sumVar >= 0) {
            scope[d - 1] = sumVar;
        }
        int nf = fs.size();
        int[][] stride = new int[nf][d];
        for (int f = 0; f < nf; f++) {
            int[] vars = fs.get(f).vars();
            for (int p = 0, s = 1; p < vars.length; p++, s *= k) {
                for (int u = 0; u < d; u++) {
                    if (scope[u] == vars[p]) {
                        stride[f][u] = s;
                    }
                }
            }
        }
        int[] power = new int[d + 1];
        power[0] = 1;
        for (int u = 0; u < d; u++) {
            power[u + 1] = power[u] * k;
        }
        double[] result = new double[power[out.length]];
        double[][] values = new double[nf][];
        for (int f = 0; f < nf; f++) {
            values[f] = fs.get(f).values();
        }
        int[] digit = new int[d];
        int[] idx = new int[nf];
        int outIdx = 0;
        for (int t = 0; t < power[d]; t++) {
            double prod = 1;
            for (int f = 0; f < nf && prod != 0; f++) {
                prod *= values[f][idx[f]];
            }
            result[outIdx] += prod;
            for (int u = 0; u < d; u++) {
                digit[u]++;
                for (int f = 0; f < nf; f++) {
                    idx[f] += stride[f][u];
                }
                if (u < out.length) {
                    outIdx += power[u];
                }
                if (digit[u] < k) {
                    break;
                }
                digit[u] = 0;
                for (int f = 0; f < nf; f++) {
                    idx[f] -= stride[f][u] * k;
                }
                if (u < out.length) {
                    outIdx -= power[u + 1];
                }
            }
        }
        return new Factor(out, result);
    }
}
