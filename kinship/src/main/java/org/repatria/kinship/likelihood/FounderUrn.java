package org.repatria.kinship.likelihood;

import java.util.ArrayList;
import java.util.List;

/**
 * The subpopulation correction (Balding–Nichols) for a pedigree: the founders' alleles at one marker are drawn
 * in sequence, each with P(a | n drawn before, c of them a) = (c theta + (1 - theta) q_a) / (1 + (n - 1) theta).
 * The product does not depend on the order, and leaving out a founder allele nobody inherits is the same as
 * summing it out, so one factor over the founder alleles that matter gives the exact likelihood. That factor
 * couples those alleles: its size is the product of their numbers of states (one or two for a typed founder,
 * every state for an untyped one). Up to {@link #MAX_ENTRIES} it is exact; beyond, founders are coupled in the
 * given order (the unrelated person and typed founders first) while the table fits, and each remaining founder's
 * alleles only with each other (as pedprobr treats a founder alone), which {@link #approximated()} counts.
 */
final class FounderUrn {

    /** The largest founder factor computed exactly (entries): 2^16 doubles, 512 KiB (see decision 0175 for its cost). */
    static final int MAX_ENTRIES = 1 << 16;

    private static final java.util.concurrent.atomic.LongAdder APPROXIMATED = new java.util.concurrent.atomic.LongAdder();
    private static final java.util.concurrent.atomic.LongAdder ALL = new java.util.concurrent.atomic.LongAdder();

    private FounderUrn() {
    }

    /** Likelihoods computed, since the JVM started, with founders beyond the table limit coupled only within themselves. */
    static long approximated() {
        return APPROXIMATED.sum();
    }

    /** Likelihoods computed with theta > 0 since the JVM started. */
    static long computed() {
        return ALL.sum();
    }

    /** The prior of the founder alleles in {@code founders} (one array per founder, its allele variables). */
    static List<Factor> of(List<int[]> founders, int[][] domain, double[] q, double theta) {
        List<Factor> out = new ArrayList<>();
        List<int[]> coupled = new ArrayList<>();
        long size = 1;
        for (int[] founder : founders) {
            long own = 1;
            for (int v : founder) {
                own *= domain[v].length;
            }
            if (size * own <= MAX_ENTRIES) {
                coupled.add(founder);
                size *= own;
            } else {
                out.add(urn(founder, domain, q, theta));
            }
        }
        ALL.increment();
        if (!out.isEmpty()) {
            APPROXIMATED.increment();
        }
        out.add(urn(coupled.stream().flatMapToInt(java.util.Arrays::stream).toArray(), domain, q, theta));
        return out;
    }

    /** The joint prior of {@code vars} (founder allele variables) over their {@code domain}s, state frequencies {@code q}. */
    static Factor urn(int[] vars, int[][] domain, double[] q, double theta) {
        int m = vars.length;
        int total = 1;
        for (int v : vars) {
            total *= domain[v].length;
        }
        double[] denominator = new double[m];
        for (int i = 0; i < m; i++) {
            denominator[i] = 1 + (i - 1) * theta;
        }
        double[] values = new double[total];
        int[] digit = new int[m];
        int[] count = new int[q.length];
        for (int t = 0; t < values.length; t++) {
            java.util.Arrays.fill(count, 0);
            double p = 1;
            for (int i = 0; i < m; i++) {
                int s = domain[vars[i]][digit[i]];
                p *= (count[s] * theta + (1 - theta) * q[s]) / denominator[i];
                count[s]++;
            }
            values[t] = p;
            for (int i = 0; i < m; i++) {
                if (++digit[i] < domain[vars[i]].length) {
                    break;
                }
                digit[i] = 0;
            }
        }
        return new Factor(vars, values);
    }
}
