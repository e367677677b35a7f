package org.repatria.kinship.mutation;

import org.repatria.kinship.frequency.Locus;

/** The mutation models of one marker for transmissions from mothers and from fathers. */
public record MarkerMutation(MutationModel female, MutationModel male) {

    /** No mutation from either parent. */
    public static final MarkerMutation NONE = new MarkerMutation(new MutationModel.None(), new MutationModel.None());

    public boolean none() {
        return female instanceof MutationModel.None && male instanceof MutationModel.None;
    }

    public boolean lumpable() {
        return female.lumpable() && male.lumpable();
    }

    public boolean keepsFrequenciesWithinLump() {
        return female.keepsFrequenciesWithinLump() && male.keepsFrequenciesWithinLump();
    }

    /** Matrices for this locus: index 0 from mothers, 1 from fathers. */
    public double[][][] matrices(Locus locus) {
        return new double[][][] {female.matrix(locus), male.matrix(locus)};
    }
}
