package org.repatria.kinship.likelihood;

import org.repatria.kinship.KinshipException;
import org.repatria.kinship.frequency.Locus;
import org.repatria.kinship.mutation.MarkerMutation;
import org.repatria.kinship.profile.Genotype;

/**
 * A locus with its mutation model, the transition matrices (computed once and shared by every family) and the
 * subpopulation correction theta (Balding–Nichols; 0 = none) that every likelihood over this locus applies.
 */
public final class LocusModel {

    private final Locus locus;
    private final MarkerMutation mutation;
    private final double[][] fromMother;
    private final double[][] fromFather;
    private final double theta;

    public LocusModel(Locus locus, MarkerMutation mutation) {
        this(locus, mutation, 0);
    }

    /** As {@link #LocusModel(Locus, MarkerMutation)} with subpopulation correction {@code theta} in [0, 1). */
    public LocusModel(Locus locus, MarkerMutation mutation, double theta) {
        if (!(theta >= 0 && theta < 1)) {
            throw new KinshipException("theta " + theta + " is not a subpopulation correction in [0, 1); forensic practice uses 0.01 to 0.03");
        }
        this.locus = locus;
        this.mutation = mutation;
        this.theta = theta;
        double[][][] m = mutation.matrices(locus);
        this.fromMother = m[0];
        this.fromFather = m[1];
    }

    public Locus locus() {
        return locus;
    }

    public MarkerMutation mutation() {
        return mutation;
    }

    /** The subpopulation correction theta (0 = none). */
    public double theta() {
        return theta;
    }

    /** The same locus without mutation (same theta), to count exclusions. */
    public LocusModel withoutMutation() {
        return mutation.none() ? this : new LocusModel(locus, MarkerMutation.NONE, theta);
    }

    double[][] transmission(boolean fromFather) {
        return fromFather ? this.fromFather : fromMother;
    }

    /** Hardy-Weinberg probability of a genotype: p^2 or 2pq. */
    public double hardyWeinberg(Genotype g) {
        return ClosedForm.hardyWeinberg(g, locus);
    }

    /**
     * Probability of a genotype in one person drawn alone from the subpopulation (two alleles in sequence):
     * p(theta + (1 - theta)p) or 2pq(1 - theta); Hardy-Weinberg when theta = 0. For an unrelated person
     * outside any family, as pedprobr computes a singleton.
     */
    public double unrelated(Genotype g) {
        if (theta == 0) {
            return hardyWeinberg(g);
        }
        double pa = locus.frequency(g.first());
        return g.homozygous() ? pa * (theta + (1 - theta) * pa) : 2 * pa * locus.frequency(g.second()) * (1 - theta);
    }
}
