package org.repatria.kinship.search;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.repatria.kinship.KinshipException;
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

    MissingPersonModel(Family family, int target, List<LocusModel> loci, Map<String, Profile> profiles) {
        this.family = family;
        this.target = target;
        int markers = loci.size();
        posterior = new TargetPosterior[markers];
        noMutation = new TargetPosterior[markers];
        countsExclusions = new boolean[markers];
        for (int m = 0; m < markers; m++) {
            LocusModel locus = loci.get(m);
            Map<Integer, Genotype> evidence = evidence(family, locus.locus().name(), profiles);
            if (evidence.isEmpty()) {
                continue;
            }
            posterior[m] = TargetPosterior.of(family, evidence, target, locus);
            countsExclusions[m] = true;
            if (!locus.mutation().none()) {
                try {
                    noMutation[m] = TargetPosterior.of(family, evidence, target, locus.withoutMutation());
                } catch (KinshipException relativesNeedMutation) {
                    countsExclusions[m] = false;
                }
            }
        }
    }

    private static Map<Integer, Genotype> evidence(Family family, String marker, Map<String, Profile> profiles) {
        Map<Integer, Genotype> evidence = new HashMap<>();
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

    /** Writes log10 LR into out[0] and the exclusion count into out[1] for remains genotype codes at {@code codes[offset..]}. */
    void score(int[] codes, int offset, double[] out) {
        double lr = 1;
        int shift = 0;
        int exclusions = 0;
        for (int m = 0; m < posterior.length; m++) {
            int g = codes[offset + m];
            if (g < 0 || posterior[m] == null) {
                continue;
            }
            double v = posterior[m].lrAt(g);
            lr *= v;
            if (countsExclusions[m] && (noMutation[m] == null ? v == 0 : noMutation[m].lrAt(g) == 0)) {
                exclusions++;
            }
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
