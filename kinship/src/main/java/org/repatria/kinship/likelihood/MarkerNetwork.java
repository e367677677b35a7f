package org.repatria.kinship.likelihood;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.repatria.kinship.pedigree.Family;
import org.repatria.kinship.profile.Genotype;

/**
 * One marker of one family as a Bayesian network over allele variables: each member has a paternal and a
 * maternal allele; founders draw theirs from the population, children from their parents through the
 * mutation matrix; a typed member's two alleles must be its genotype.
 */
final class MarkerNetwork {

    private MarkerNetwork() {
    }

    /** The joint of the evidence with (paternal, maternal) allele state of {@code target}, or [P(evidence)] when target < 0. */
    static double[] solve(Family family, Genotype[] evidence, int target, LocusModel model, Lumping lumping) {
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
        double[] q = lumping.frequencies(model.locus());
        double[][] fromFather = lumping.matrix(model.transmission(true));
        double[][] fromMother = lumping.matrix(model.transmission(false));
        List<Factor> factors = new ArrayList<>();
        for (int i = keep.nextSetBit(0); i >= 0; i = keep.nextSetBit(i + 1)) {
            int pat = 2 * i;
            int mat = 2 * i + 1;
            if (family.father(i) < 0) {
                factors.add(new Factor(new int[] {pat}, q));
                factors.add(new Factor(new int[] {mat}, q));
            } else {
                factors.add(transmission(family.father(i), pat, fromFather, k));
                factors.add(transmission(family.mother(i), mat, fromMother, k));
            }
            if (evidence[i] != null) {
                factors.add(observation(pat, mat, lumping.stateOf[evidence[i].first()],
                        lumping.stateOf[evidence[i].second()], k));
            }
        }
        int[] out = target >= 0 ? new int[] {2 * target, 2 * target + 1} : new int[0];
        return Elimination.run(factors, k, out);
    }

    private static Factor transmission(int parent, int childAllele, double[][] m, int k) {
        double[] v = new double[k * k * k];
        for (int a = 0; a < k; a++) {
            for (int b = 0; b < k; b++) {
                for (int c = 0; c < k; c++) {
                    v[a + k * b + k * k * c] = 0.5 * (m[a][c] + m[b][c]);
                }
            }
        }
        return new Factor(new int[] {2 * parent, 2 * parent + 1, childAllele}, v);
    }

    private static Factor observation(int pat, int mat, int a, int b, int k) {
        double[] v = new double[k * k];
        v[a + k * b] = 1;
        v[b + k * a] = 1;
        return new Factor(new int[] {pat, mat}, v);
    }
}
