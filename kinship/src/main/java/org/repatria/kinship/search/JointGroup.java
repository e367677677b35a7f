package org.repatria.kinship.search;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One connected group of remains and missing persons (linked by candidate pairs): every one-to-one assignment of
 * its remains (each to one candidate or to none), its LR against "no one identified", and the posterior pairing
 * probabilities under a flat prior over the assignments, as dvir's {@code jointDVI} and {@code Bmarginal}.
 */
final class JointGroup {

    private static final double LN10 = Math.log(10);

    final int[] remains;
    final int[][] candidates;
    private final PairMatrix m;

    JointGroup(PairMatrix m, int[] remains, int[][] candidates) {
        this.m = m;
        this.remains = remains;
        this.candidates = candidates;
    }

    int missingCount() {
        Set<Integer> targets = new HashSet<>();
        for (int[] c : candidates) {
            for (int t : c) {
                targets.add(t);
            }
        }
        return targets.size();
    }

    /** How many assignments there are, counting no further than {@code cap + 1}. */
    long count(long cap) {
        return count(0, new HashSet<>(), cap + 1);
    }

    private long count(int i, Set<Integer> used, long cap) {
        if (i == remains.length) {
            return 1;
        }
        long n = count(i + 1, used, cap);
        for (int t : candidates[i]) {
            if (n >= cap) {
                return n;
            }
            if (used.add(t)) {
                n += count(i + 1, used, cap - n);
                used.remove(t);
            }
        }
        return n;
    }

    /** The pairs of the best assignment, each with its posterior and conclusion; {@code out[0]} gets the assignment count. */
    List<JointRow> solve(FamilyTerms terms, double probable, long[] out) {
        List<int[]> all = new ArrayList<>();
        List<Double> lls = new ArrayList<>();
        enumerate(0, new int[remains.length], new HashSet<>(), all, lls, terms);
        int best = 0;
        for (int a = 1; a < all.size(); a++) {
            best = lls.get(a) > lls.get(best) ? a : best;
        }
        double top = lls.get(best);
        double total = 0;
        double[] hit = new double[remains.length];
        int[] chosen = all.get(best);
        for (int a = 0; a < all.size(); a++) {
            double w = Math.exp(lls.get(a) - top);
            total += w;
            for (int i = 0; i < remains.length; i++) {
                hit[i] += all.get(a)[i] == chosen[i] ? w : 0;
            }
        }
        out[0] = all.size();
        List<JointRow> rows = new ArrayList<>();
        for (int i = 0; i < remains.length; i++) {
            if (chosen[i] >= 0) {
                double posterior = hit[i] / total;
                Target t = m.targets.get(chosen[i]);
                rows.add(new JointRow(m.data.remains().get(remains[i]).sampleId(), t.familyId(), t.missingId(),
                        m.log10[remains[i]][chosen[i]], posterior,
                        posterior >= probable ? Conclusion.PROBABLE : Conclusion.INCONCLUSIVE, 0));
            }
        }
        return rows;
    }

    private void enumerate(int i, int[] choice, Set<Integer> used, List<int[]> all, List<Double> lls, FamilyTerms terms) {
        if (i == remains.length) {
            all.add(choice.clone());
            lls.add(lnLr(choice, terms));
            return;
        }
        choice[i] = -1;
        enumerate(i + 1, choice, used, all, lls, terms);
        for (int t : candidates[i]) {
            if (used.add(t)) {
                choice[i] = t;
                enumerate(i + 1, choice, used, all, lls, terms);
                used.remove(t);
            }
        }
        choice[i] = -1;
    }

    /** ln LR of one assignment against none: pairwise LRs, except that a family given several remains is taken whole. */
    private double lnLr(int[] choice, FamilyTerms terms) {
        Map<Integer, List<Integer>> byFamily = new LinkedHashMap<>();
        for (int i = 0; i < choice.length; i++) {
            if (choice[i] >= 0) {
                byFamily.computeIfAbsent(m.targetFamily[choice[i]], f -> new ArrayList<>()).add(i);
            }
        }
        double ll = 0;
        for (Map.Entry<Integer, List<Integer>> e : byFamily.entrySet()) {
            List<Integer> at = e.getValue();
            if (at.size() == 1) {
                int i = at.get(0);
                ll += LN10 * m.log10[remains[i]][choice[i]];
            } else {
                int[] targets = new int[at.size()];
                int[] placed = new int[at.size()];
                for (int k = 0; k < at.size(); k++) {
                    targets[k] = choice[at.get(k)];
                    placed[k] = remains[at.get(k)];
                }
                ll += terms.lnLr(e.getKey(), targets, placed);
            }
        }
        return ll;
    }
}
