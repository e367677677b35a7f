package org.repatria.kinship.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;

/**
 * dvir's undisputed step ({@code findUndisputed}, not strict): a pair whose LR is at least the threshold and at least
 * threshold times every other LR in its row (the remains) and its column (the missing person) is fixed; the matrix is
 * recomputed for the families that gained a profile, and the step repeats until it finds nothing new.
 */
final class Undisputed {

    /** dvir compares {@code LR >= threshold - sqrt(machine epsilon)}. */
    private static final double SLACK = Math.sqrt(Math.ulp(1.0));

    private Undisputed() {
    }

    static List<JointRow> run(PairMatrix m, double threshold, JointProgress progress) {
        List<JointRow> rows = new ArrayList<>();
        for (int step = 1; ; step++) {
            List<int[]> found = find(m, threshold);
            progress.done("undisputed", step, step);
            if (found.isEmpty()) {
                return rows;
            }
            TreeSet<Integer> touched = new TreeSet<>();
            for (int[] pair : found) {
                Target t = m.targets.get(pair[1]);
                rows.add(new JointRow(m.data.remains().get(pair[0]).sampleId(), t.familyId(), t.missingId(),
                        m.log10[pair[0]][pair[1]], 1, Conclusion.UNDISPUTED, step));
            }
            for (int[] pair : found) {
                m.identify(pair[0], pair[1]);
                touched.add(m.targetFamily[pair[1]]);
            }
            m.compute(List.copyOf(touched), "undisputed", JointProgress.none());
        }
    }

    private static List<int[]> find(PairMatrix m, double threshold) {
        int remains = m.log10.length;
        int targets = m.targets.size();
        double[] colTop = new double[targets];
        double[] colSecond = new double[targets];
        int[] colTopAt = new int[targets];
        Arrays.fill(colTop, Double.NEGATIVE_INFINITY);
        Arrays.fill(colSecond, Double.NEGATIVE_INFINITY);
        double[] rowTop = new double[remains];
        double[] rowSecond = new double[remains];
        int[] rowTopAt = new int[remains];
        for (int r = 0; r < remains; r++) {
            rowTop[r] = Double.NEGATIVE_INFINITY;
            rowSecond[r] = Double.NEGATIVE_INFINITY;
            rowTopAt[r] = -1;
            for (int t = 0; t < targets; t++) {
                double v = m.open(r, t);
                if (v > rowTop[r]) {
                    rowSecond[r] = rowTop[r];
                    rowTop[r] = v;
                    rowTopAt[r] = t;
                } else if (v > rowSecond[r]) {
                    rowSecond[r] = v;
                }
                if (v > colTop[t]) {
                    colSecond[t] = colTop[t];
                    colTop[t] = v;
                    colTopAt[t] = r;
                } else if (v > colSecond[t]) {
                    colSecond[t] = v;
                }
            }
        }
        List<int[]> found = new ArrayList<>();
        for (int r = 0; r < remains; r++) {
            int t = rowTopAt[r];
            if (t < 0 || colTopAt[t] != r || !atLeast(rowTop[r], threshold)) {
                continue;
            }
            double other = Math.max(rowSecond[r], colSecond[t]);
            if (dominates(rowTop[r], other, threshold)) {
                found.add(new int[] {r, t});
            }
        }
        return found;
    }

    private static boolean atLeast(double log10, double threshold) {
        return log10 > 300 || Math.pow(10, log10) >= threshold - SLACK;
    }

    /** dvir's test {@code other <= LR / threshold}, on the LRs themselves while they fit in a double. */
    private static boolean dominates(double log10, double otherLog10, double threshold) {
        if (otherLog10 == Double.NEGATIVE_INFINITY) {
            return true;
        }
        if (log10 > 300 || otherLog10 > 300) {
            return otherLog10 <= log10 - Math.log10(threshold);
        }
        return Math.pow(10, otherLog10) <= Math.pow(10, log10) / threshold;
    }
}
