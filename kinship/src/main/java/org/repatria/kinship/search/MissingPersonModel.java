package org.repatria.kinship.search;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.repatria.kinship.KinshipException;
import org.repatria.kinship.likelihood.EliminationOrder;
import org.repatria.kinship.likelihood.LocusModel;
import org.repatria.kinship.likelihood.TargetPosterior;
import org.repatria.kinship.pedigree.Family;
import org.repatria.kinship.pedigree.Member;
import org.repatria.kinship.profile.Genotype;
import org.repatria.kinship.profile.Profile;

/**
 * What one family says about one of its missing persons, marker by marker: everything that does not depend
 * on the remains, so scoring a remains sample is a look-up and a product per marker.
 */
final class MissingPersonModel {

    private static final double BIG = 1e200;

    final Family family;
    final int target;
    private final TargetPosterior[] posterior;
    private final TargetPosterior[] noMutation;
    private final boolean[] countsExclusions;
    /** When every table is complete: all markers' LRs end to end, 1 where a genotype excludes the pair, each marker's offset or -1. */
    private final double[] flat;
    private final byte[] excluded;
    private final int[] offset;

    /** {@code placed}: members whose genotypes come from remains already identified with them. */
    MissingPersonModel(Family family, int target, List<LocusModel> loci, Map<String, Profile> profiles,
                       Map<Integer, Profile> placed) {
        this.family = family;
        this.target = target;
        int markers = loci.size();
        posterior = new TargetPosterior[markers];
        noMutation = new TargetPosterior[markers];
        countsExclusions = new boolean[markers];
        EliminationOrder order = new EliminationOrder();
        for (int m = 0; m < markers; m++) {
            LocusModel locus = loci.get(m);
            Map<Integer, Genotype> evidence = evidence(family, locus.locus().name(), profiles, placed);
            if (evidence.isEmpty()) {
                continue;
            }
            posterior[m] = TargetPosterior.of(family, evidence, target, locus, order);
            countsExclusions[m] = true;
            if (!locus.mutation().none()) {
                try {
                    noMutation[m] = TargetPosterior.of(family, evidence, target, locus.withoutMutation(), order);
                } catch (KinshipException relativesNeedMutation) {
                    countsExclusions[m] = false;
                }
            }
        }
        offset = new int[markers];
        int total = 0;
        boolean complete = true;
        for (int m = 0; m < markers; m++) {
            offset[m] = posterior[m] == null ? -1 : total;
            total += posterior[m] == null ? 0 : loci.get(m).locus().genotypeCount();
            complete &= posterior[m] == null || posterior[m].complete() && (noMutation[m] == null || noMutation[m].complete());
        }
        flat = complete ? new double[total] : null;
        excluded = complete ? new byte[total] : null;
        for (int m = 0; complete && m < markers; m++) {
            if (offset[m] >= 0) {
                posterior[m].copyTo(flat, offset[m]);
                for (int g = 0; g < loci.get(m).locus().genotypeCount(); g++) {
                    excluded[offset[m] + g] = (byte) (isExcluded(m, g, flat[offset[m] + g]) ? 1 : 0);
                }
            }
        }
    }

    private boolean isExcluded(int m, int g, double lr) {
        return countsExclusions[m] && (noMutation[m] == null ? lr == 0 : noMutation[m].lrAt(g) == 0);
    }

    static Map<Integer, Genotype> evidence(Family family, String marker, Map<String, Profile> profiles,
                                           Map<Integer, Profile> placed) {
        Map<Integer, Genotype> evidence = new HashMap<>();
        placed.forEach((i, p) -> p.genotype(marker).ifPresent(g -> evidence.put(i, g)));
        for (int i = 0; i < family.size(); i++) {
            Member member = family.member(i);
            int index = i;
            member.sampleId().map(profiles::get).flatMap(p -> p.genotype(marker)).ifPresent(g -> evidence.put(index, g));
        }
        return evidence;
    }

    String missingId() {
        return family.member(target).id();
    }

    /** The LR of one marker for remains genotype index {@code g}; 1 when the family has no data there. */
    double markerLr(int m, int g) {
        return posterior[m] == null ? 1 : posterior[m].lrAt(g);
    }

    /** Writes log10 LR into out[0] and the exclusion count into out[1] for remains genotype codes at {@code codes[from..]}. */
    void score(int[] codes, int from, double[] out) {
        double lr = 1;
        int shift = 0;
        int exclusions = 0;
        for (int m = 0; m < posterior.length; m++) {
            int g = codes[from + m];
            int o = offset[m];
            if (g < 0 || o < 0) {
                continue;
            }
            double v;
            if (flat != null) {
                v = flat[o + g];
                exclusions += excluded[o + g];
            } else {
                v = posterior[m].lrAt(g);
                exclusions += isExcluded(m, g, v) ? 1 : 0;
            }
            lr *= v;
            if (lr > BIG) {
                lr /= BIG;
                shift += 200;
            } else if (lr < 1 / BIG && lr > 0) {
                lr *= BIG;
                shift -= 200;
            }
        }
        out[0] = Math.log10(lr) + shift;
        out[1] = exclusions;
    }
}
