package org.repatria.kinship.likelihood;

import org.repatria.kinship.frequency.Locus;
import org.repatria.kinship.mutation.MarkerMutation;
import org.repatria.kinship.profile.Genotype;

/** A locus with its mutation model and the transition matrices, computed once and shared by every family. */
public final class LocusModel {

    private final Locus locus;
    private final MarkerMutation mutation;
    private final double[][] fromMother;
    private final double[][] fromFather;

    public LocusModel(Locus locus, MarkerMutation mutation) {
        this.locus = locus;
        this.mutation = mutation;
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

    /** The same locus without mutation, to count exclusions. */
    public LocusModel withoutMutation() {
        return mutation.none() ? this : new LocusModel(locus, MarkerMutation.NONE);
    }

    double[][] transmission(boolean fromFather) {
        return fromFather ? this.fromFather : fromMother;
    }

    /** Hardy-Weinberg probability of a genotype: p^2 or 2pq. */
    public double hardyWeinberg(Genotype g) {
        return ClosedForm.hardyWeinberg(g, locus);
    }
}
