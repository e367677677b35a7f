package org.repatria.kinship.likelihood;

import java.util.BitSet;
import java.util.Map;
import org.repatria.kinship.pedigree.Family;
import org.repatria.kinship.profile.Genotype;

/** Exact likelihood of the genotypes of a family at one marker (any pedigree, loops included). */
public final class PedigreeLikelihood {

    private PedigreeLikelihood() {
    }

    /** P(the given genotypes | pedigree), members not in {@code evidence} untyped. */
    public static double of(Family family, Map<Integer, Genotype> evidence, LocusModel model) {
        Genotype[] ev = array(family, evidence);
        return MarkerNetwork.solve(family, ev, -1, model, lumping(model, ev, null), new EliminationOrder())[0];
    }

    /**
     * How many marker likelihoods this JVM computed with theta whose founders did not all fit one exact table
     * (see {@code FounderUrn}): those couple the founders beyond the limit only within themselves.
     */
    public static long thetaApproximations() {
        return FounderUrn.approximated();
    }

    /** How many marker likelihoods this JVM computed with theta > 0 (exact or not). */
    public static long thetaLikelihoods() {
        return FounderUrn.computed();
    }

    static Genotype[] array(Family family, Map<Integer, Genotype> evidence) {
        Genotype[] ev = new Genotype[family.size()];
        evidence.forEach((i, g) -> ev[i] = g);
        return ev;
    }

    static Lumping lumping(LocusModel model, Genotype[] evidence, Genotype extra) {
        BitSet seen = new BitSet();
        for (Genotype g : evidence) {
            if (g != null) {
                seen.set(g.first());
                seen.set(g.second());
            }
        }
        if (extra != null) {
            seen.set(extra.first());
            seen.set(extra.second());
        }
        return Lumping.of(model.locus(), seen, model.mutation().lumpable());
    }
}
