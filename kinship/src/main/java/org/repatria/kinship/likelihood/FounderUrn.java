package org.repatria.kinship.likelihood;

import org.repatria.kinship.KinshipException;

/**
 * The subpopulation correction (Balding–Nichols) for a pedigree: the founders' alleles at one marker are drawn
 * in sequence, each with P(a | n drawn before, c of them a) = (c theta + (1 - theta) q_a) / (1 + (n - 1) theta).
 * The product does not depend on the order, and leaving out a founder allele nobody inherits is the same as
 * summing it out, so one factor over the founder alleles that matter gives the exact likelihood. That factor
 * couples those alleles: its size is the product of their numbers of states (one or two for a typed founder,
 * every state for an untyped one), bounded by {@link #MAX_ENTRIES}.
 */
final class FounderUrn {

    /** The largest founder factor computed (entries); 2^22 is 32 MiB of doubles, about 10 untyped founder alleles over 4 states. */
    static final int MAX_ENTRIES = 1 << 22;

    private FounderUrn() {
    }

    /** The joint prior of {@code vars} (founder allele variables) over their {@code domain}s, state frequencies {@code q}. */
    static Factor of(int[] vars, int[][] domain, double[] q, double theta, String where) {
        int m = vars.length;
        long total = 1;
        for (int v : vars) {
            total *= domain[v].length;
            if (total > MAX_ENTRIES) {
                throw new KinshipException(where + ": the subpopulation correction couples " + m + " founder alleles, a table of more than "
                        + MAX_ENTRIES + " entries (the limit); type a founder or an untyped founder's child, or search with theta 0");
            }
        }
        double[] denominator = new double[m];
        for (int i = 0; i < m; i++) {
            denominator[i] = 1 + (i - 1) * theta;
        }
        double[] values = new double[(int) total];
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
