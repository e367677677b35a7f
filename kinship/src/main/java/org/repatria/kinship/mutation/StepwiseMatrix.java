package org.repatria.kinship.mutation;

import org.repatria.kinship.KinshipException;
import org.repatria.kinship.frequency.Locus;

/**
 * The extended stepwise model as pedmut builds it (Simonsson and Mostad 2015, section 2.1.3): integer alleles and each
 * microvariant group (x.1, x.2, x.3) step within their group at {@code rate}, and jump between groups at {@code rate2}.
 */
final class StepwiseMatrix {

    private StepwiseMatrix() {
    }

    static void fill(double[][] m, Locus locus, MutationModel.Stepwise s) {
        int n = locus.size();
        if (n == 1) {
            m[0][0] = 1;
            return;
        }
        double[] value = new double[n];
        long[] group = new long[n];
        for (int i = 0; i < n; i++) {
            try {
                value[i] = Double.parseDouble(locus.allele(i));
            } catch (NumberFormatException e) {
                throw new KinshipException("marker " + locus.name() + ": the stepwise mutation model needs numeric alleles, not "
                        + locus.allele(i) + "; use the equal or proportional model");
            }
            group[i] = Math.round((value[i] - Math.round(value[i])) * 10);
        }
        for (int i = 0; i < n; i++) {
            int same = 0;
            for (int j = 0; j < n; j++) {
                same += group[j] == group[i] ? 1 : 0;
            }
            double sumSteps = 0;
            for (int j = 0; j < n; j++) {
                if (i != j && group[j] == group[i]) {
                    m[i][j] = Math.pow(s.range(), Math.abs(value[i] - value[j]));
                    sumSteps += m[i][j];
                } else if (i != j) {
                    m[i][j] = s.rate2() / (n - same);
                }
            }
            for (int j = 0; j < n; j++) {
                if (i != j && group[j] == group[i]) {
                    m[i][j] = m[i][j] / sumSteps * s.rate();
                }
            }
            m[i][i] = same == n ? 1 - s.rate() : same == 1 ? 1 - s.rate2() : 1 - s.rate() - s.rate2();
        }
    }
}
