package org.repatria.kinship.likelihood;

import java.util.Arrays;
import java.util.BitSet;
import org.repatria.kinship.frequency.Locus;

/**
 * The states a marker computation runs over: each observed allele, plus one state for all the others
 * (when the mutation model allows merging them), which keeps tables small whatever the table's size.
 */
final class Lumping {

    final int[] observed;
    final int k;
    final boolean lumped;
    final int[] stateOf;
    final double lumpFrequency;

    private Lumping(int[] observed, boolean lumped, int[] stateOf, double lumpFrequency) {
        this.observed = observed;
        this.lumped = lumped;
        this.k = observed.length + (lumped ? 1 : 0);
        this.stateOf = stateOf;
        this.lumpFrequency = lumpFrequency;
    }

    static Lumping of(Locus locus, BitSet seen, boolean mayLump) {
        int n = locus.size();
        if (!mayLump || seen.cardinality() >= n) {
            int[] all = new int[n];
            Arrays.setAll(all, i -> i);
            return new Lumping(all, false, all, 0);
        }
        int[] observed = seen.stream().toArray();
        int[] stateOf = new int[n];
        Arrays.fill(stateOf, observed.length);
        for (int s = 0; s < observed.length; s++) {
            stateOf[observed[s]] = s;
        }
        double lumpFrequency = 0;
        for (int i = 0; i < n; i++) {
            lumpFrequency += stateOf[i] == observed.length ? locus.frequency(i) : 0;
        }
        return new Lumping(observed, true, stateOf, lumpFrequency);
    }

    /** A representative full allele of the merged state. */
    private int lumpMember() {
        for (int i = 0; i < stateOf.length; i++) {
            if (stateOf[i] == observed.length) {
                return i;
            }
        }
        throw new IllegalStateException("no merged allele");
    }

    double[] frequencies(Locus locus) {
        double[] q = new double[k];
        for (int s = 0; s < observed.length; s++) {
            q[s] = locus.frequency(observed[s]);
        }
        if (lumped) {
            q[k - 1] = lumpFrequency;
        }
        return q;
    }

    /** The transmission matrix over the states; rows of merged alleles are all alike for lumpable models. */
    double[][] matrix(double[][] full) {
        double[][] m = new double[k][k];
        int rep = lumped ? lumpMember() : -1;
        for (int s = 0; s < k; s++) {
            int from = s < observed.length ? observed[s] : rep;
            for (int j = 0; j < full.length; j++) {
                m[s][stateOf[j]] += full[from][j];
            }
        }
        return m;
    }
}
