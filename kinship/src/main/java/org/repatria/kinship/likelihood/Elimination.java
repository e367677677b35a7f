package org.repatria.kinship.likelihood;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;

/**
 * Variable elimination (sum-product) over factors of discrete variables. Works for any pedigree, loops
 * included; each step eliminates the variable whose elimination creates the smallest table.
 */
final class Elimination {

    private Elimination() {
    }

    /** Sums out every variable not in {@code keep}; returns the table over {@code keep}, in that order. */
    static double[] run(List<Factor> factors, int[] size, int[] keep, EliminationOrder cache) {
        List<Factor> pool = new ArrayList<>(factors);
        boolean[] pending = new boolean[size.length];
        BitSet key = new BitSet();
        for (Factor f : pool) {
            for (int v : f.vars()) {
                pending[v] = true;
                key.set(v);
            }
        }
        for (int v : keep) {
            pending[v] = false;
            key.clear(v);
        }
        int[] known = cache.get(key);
        int[] order = new int[key.cardinality()];
        int[] mark = new int[size.length];
        int stamp = 0;
        for (int step = 0; step < order.length; step++) {
            int best = known != null ? known[step] : choose(pool, size, pending);
            order[step] = best;
            stamp++;
            List<Factor> with = new ArrayList<>();
            List<Factor> without = new ArrayList<>();
            int[] scope = new int[size.length];
            int d = 0;
            for (Factor f : pool) {
                if (contains(f.vars(), best)) {
                    with.add(f);
                    for (int u : f.vars()) {
                        if (u != best && mark[u] != stamp) {
                            mark[u] = stamp;
                            scope[d++] = u;
                        }
                    }
                } else {
                    without.add(f);
                }
            }
            without.add(combine(with, Arrays.copyOf(scope, d), best, size));
            pool = without;
            pending[best] = false;
        }
        if (known == null) {
            cache.put(key, order);
        }
        return combine(pool, keep, -1, size).values();
    }

    /** The pending variable whose elimination creates the smallest table. */
    private static int choose(List<Factor> pool, int[] size, boolean[] pending) {
        int best = -1;
        long bestSize = Long.MAX_VALUE;
        int[] mark = new int[size.length];
        int stamp = 0;
        for (int v = 0; v < size.length; v++) {
            if (!pending[v]) {
                continue;
            }
            stamp++;
            long tableSize = 1;
            for (Factor f : pool) {
                if (contains(f.vars(), v)) {
                    for (int u : f.vars()) {
                        if (mark[u] != stamp) {
                            mark[u] = stamp;
                            tableSize *= size[u];
                        }
                    }
                }
            }
            if (tableSize < bestSize) {
                bestSize = tableSize;
                best = v;
            }
        }
        return best;
    }

    private static boolean contains(int[] vars, int v) {
        for (int u : vars) {
            if (u == v) {
                return true;
            }
        }
        return false;
    }

    /** Product of {@code fs} over scope {@code out} (with {@code sumVar} summed out when >= 0). */
    static Factor combine(List<Factor> fs, int[] out, int sumVar, int[] size) {
        int d = out.length + (sumVar >= 0 ? 1 : 0);
        int[] scope = Arrays.copyOf(out, d);
        if (sumVar >= 0) {
            scope[d - 1] = sumVar;
        }
        int nf = fs.size();
        int[][] stride = new int[nf][d];
        double[][] values = new double[nf][];
        for (int f = 0; f < nf; f++) {
            int[] vars = fs.get(f).vars();
            values[f] = fs.get(f).values();
            for (int p = 0, s = 1; p < vars.length; s *= size[vars[p]], p++) {
                for (int u = 0; u < d; u++) {
                    if (scope[u] == vars[p]) {
                        stride[f][u] = s;
                    }
                }
            }
        }
        int[] radix = new int[d];
        int[] outStride = new int[d];
        int outSize = 1;
        int total = 1;
        for (int u = 0; u < d; u++) {
            radix[u] = size[scope[u]];
            outStride[u] = u < out.length ? outSize : 0;
            if (u < out.length) {
                outSize *= radix[u];
            }
            total *= radix[u];
        }
        double[] result = new double[outSize];
        int[] digit = new int[d];
        int[] idx = new int[nf];
        int outIdx = 0;
        for (int t = 0; t < total; t++) {
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
                outIdx += outStride[u];
                if (digit[u] < radix[u]) {
                    break;
                }
                digit[u] = 0;
                for (int f = 0; f < nf; f++) {
                    idx[f] -= stride[f][u] * radix[u];
                }
                outIdx -= outStride[u] * radix[u];
            }
        }
        return new Factor(out, result);
    }
}
