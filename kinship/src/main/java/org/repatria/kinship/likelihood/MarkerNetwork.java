package org.repatria.kinship.likelihood;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.repatria.kinship.pedigree.Family;
import org.repatria.kinship.profile.Genotype;

/**
 * One marker of one family as a Bayesian network over allele variables: each member has a paternal and a
 * maternal allele; founders draw theirs from the population, children from their parents through the
 * mutation matrix; a typed member's two alleles can only be those of its genotype (so its variables have
 * one or two states, which keeps the tables small). With a subpopulation correction theta > 0 the founders'
 * alleles share one {@link FounderUrn} factor, and an unrelated person (variables 2n, 2n+1) may be added as one
 * more founder, for the denominator of an LR in the same subpopulation.
 */
final class MarkerNetwork {

    private MarkerNetwork() {
    }

    /** The joint of the evidence with (paternal, maternal) allele state of {@code target}, or [P(evidence)] when target < 0. */
    static double[] solve(Family family, Genotype[] evidence, int target, LocusModel model, Lumping lumping,
                          EliminationOrder order) {
        return solve(family, evidence, target, model, lumping, order, false, null);
    }

    /**
     * The joint of the evidence with the (first, second) allele state of an unrelated founder of genotype
     * {@code unrelated}, summed to [P(evidence, unrelated)]; with {@code unrelated} null, the table over its states.
     */
    static double[] withUnrelated(Family family, Genotype[] evidence, Genotype unrelated, LocusModel model, Lumping lumping,
                                  EliminationOrder order) {
        return solve(family, evidence, -1, model, lumping, order, true, unrelated);
    }

    private static double[] solve(Family family, Genotype[] evidence, int target, LocusModel model, Lumping lumping,
                                  EliminationOrder order, boolean withUnrelated, Genotype unrelated) {
        BitSet keep = new BitSet();
        for (int i = 0; i < family.size(); i++) {
            if (evidence[i] != null) {
                keep.or(family.ancestry(i));
            }
        }
        if (target >= 0) {
            keep.or(family.ancestry(target));
        }
        int k = lumping.k;
        int n = family.size();
        int[][] domain = new int[2 * n + (withUnrelated ? 2 : 0)][];
        int[] all = new int[k];
        java.util.Arrays.setAll(all, s -> s);
        for (int i = keep.nextSetBit(0); i >= 0; i = keep.nextSetBit(i + 1)) {
            Genotype g = evidence[i];
            int[] states = g == null || i == target ? all : states(g, lumping);
            domain[2 * i] = states;
            domain[2 * i + 1] = states;
        }
        boolean[] half = halfFounders(family, keep, evidence, target, model.theta());
        for (int i = 0; i < n; i++) {
            if (half[i]) {
                domain[2 * i + 1] = new int[] {0};
            }
        }
        if (withUnrelated) {
            domain[2 * n] = unrelated == null ? all : states(unrelated, lumping);
            domain[2 * n + 1] = domain[2 * n];
        }
        int[] size = new int[domain.length];
        for (int v = 0; v < domain.length; v++) {
            size[v] = domain[v] == null ? 1 : domain[v].length;
        }
        double[] q = lumping.frequencies(model.locus());
        double[][] fromFather = lumping.matrix(model.transmission(true));
        double[][] fromMother = lumping.matrix(model.transmission(false));
        double theta = model.theta();
        List<Factor> factors = new ArrayList<>();
        List<int[]> founderAlleles = new ArrayList<>();
        for (int i = keep.nextSetBit(0); i >= 0; i = keep.nextSetBit(i + 1)) {
            int pat = 2 * i;
            int mat = 2 * i + 1;
            if (family.father(i) < 0 && theta > 0) {
                int[] alleles = half[i] ? new int[] {pat} : new int[] {pat, mat};
                if (evidence[i] != null) {
                    founderAlleles.addFirst(alleles);
                } else {
                    founderAlleles.add(alleles);
                }
            } else if (family.father(i) < 0) {
                factors.add(prior(pat, q, domain));
                factors.add(prior(mat, q, domain));
            } else {
                factors.add(transmission(family.father(i), pat, fromFather, domain, half[family.father(i)]));
                factors.add(transmission(family.mother(i), mat, fromMother, domain, half[family.mother(i)]));
            }
            if (evidence[i] != null) {
                factors.add(observation(pat, mat, lumping.stateOf[evidence[i].first()],
                        lumping.stateOf[evidence[i].second()], domain));
            }
        }
        if (withUnrelated) {
            founderAlleles.addFirst(new int[] {2 * n, 2 * n + 1});
            if (unrelated != null) {
                factors.add(observation(2 * n, 2 * n + 1, lumping.stateOf[unrelated.first()],
                        lumping.stateOf[unrelated.second()], domain));
            }
            if (theta == 0) {
                factors.add(prior(2 * n, q, domain));
                factors.add(prior(2 * n + 1, q, domain));
            }
        }
        if (theta > 0 && !founderAlleles.isEmpty()) {
            factors.addAll(FounderUrn.of(founderAlleles, domain, q, theta));
        }
        int[] out = target >= 0 ? new int[] {2 * target, 2 * target + 1}
                : withUnrelated && unrelated == null ? new int[] {2 * n, 2 * n + 1} : new int[0];
        return Elimination.run(factors, size, out, order);
    }

    /**
     * With theta > 0, untyped founders (not the target) with one child in the computation: only the allele they pass
     * on matters, and the two are exchangeable, so the child takes the first and the other is left out of the urn
     * (leaving out an allele nobody inherits is summing it out). Halves such founders' share of the urn factor.
     */
    private static boolean[] halfFounders(Family family, BitSet keep, Genotype[] evidence, int target, double theta) {
        boolean[] half = new boolean[family.size()];
        if (theta == 0) {
            return half;
        }
        int[] children = new int[family.size()];
        for (int j = keep.nextSetBit(0); j >= 0; j = keep.nextSetBit(j + 1)) {
            if (family.father(j) >= 0) {
                children[family.father(j)]++;
                children[family.mother(j)]++;
            }
        }
        for (int i = keep.nextSetBit(0); i >= 0; i = keep.nextSetBit(i + 1)) {
            half[i] = family.father(i) < 0 && evidence[i] == null && i != target && children[i] == 1;
        }
        return half;
    }

    private static int[] states(Genotype g, Lumping lumping) {
        return g.homozygous() ? new int[] {lumping.stateOf[g.first()]}
                : new int[] {lumping.stateOf[g.first()], lumping.stateOf[g.second()]};
    }

    private static Factor prior(int v, double[] q, int[][] domain) {
        double[] values = new double[domain[v].length];
        for (int x = 0; x < values.length; x++) {
            values[x] = q[domain[v][x]];
        }
        return new Factor(new int[] {v}, values);
    }

    private static Factor transmission(int parent, int child, double[][] m, int[][] domain, boolean half) {
        int[] dp = domain[2 * parent];
        int[] dm = domain[2 * parent + 1];
        int[] dc = domain[child];
        double[] v = new double[dp.length * dm.length * dc.length];
        int i = 0;
        for (int c : dc) {
            for (int b : dm) {
                for (int a : dp) {
                    v[i++] = half ? m[a][c] : 0.5 * (m[a][c] + m[b][c]);
                }
            }
        }
        return new Factor(new int[] {2 * parent, 2 * parent + 1, child}, v);
    }

    private static Factor observation(int pat, int mat, int a, int b, int[][] domain) {
        int[] dp = domain[pat];
        int[] dm = domain[mat];
        double[] v = new double[dp.length * dm.length];
        for (int y = 0; y < dm.length; y++) {
            for (int x = 0; x < dp.length; x++) {
                boolean match = dp[x] == a && dm[y] == b || dp[x] == b && dm[y] == a;
                v[x + dp.length * y] = match ? 1 : 0;
            }
        }
        return new Factor(new int[] {pat, mat}, v);
    }
}
