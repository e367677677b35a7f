package org.repatria.kinship.search;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.repatria.kinship.likelihood.LocusModel;
import org.repatria.kinship.likelihood.PedigreeLikelihood;
import org.repatria.kinship.pedigree.Family;
import org.repatria.kinship.profile.Genotype;
import org.repatria.kinship.profile.Profile;

/**
 * The natural-log LR of placing several remains in one family at once (a family missing two or more), against
 * "those remains unrelated", given the remains already identified in that family. Cached by family and placements.
 */
final class FamilyTerms {

    private final PairMatrix m;
    private final Map<String, Double> cache = new ConcurrentHashMap<>();

    FamilyTerms(PairMatrix m) {
        this.m = m;
    }

    /** {@code targets[i]} is remains {@code remains[i]}; all targets of one family. */
    double lnLr(int family, int[] targets, int[] remains) {
        StringBuilder key = new StringBuilder().append(family);
        for (int i = 0; i < targets.length; i++) {
            key.append(',').append(targets[i]).append('=').append(remains[i]);
        }
        return cache.computeIfAbsent(key.toString(), k -> compute(family, targets, remains));
    }

    private double compute(int f, int[] targets, int[] remains) {
        Family family = m.data.families().get(f);
        Map<Integer, Profile> before = m.placed.get(f);
        Map<Integer, Profile> after = new HashMap<>(before);
        double unrelated = 0;
        for (int i = 0; i < targets.length; i++) {
            Profile p = m.data.profiles().get(m.data.remains().get(remains[i]).sampleId());
            after.put(m.targetMember[targets[i]], p);
            unrelated += lnUnrelated(p);
        }
        return lnFamily(family, after) - lnFamily(family, before) - unrelated;
    }

    private double lnFamily(Family family, Map<Integer, Profile> placed) {
        double ll = 0;
        for (LocusModel locus : m.loci) {
            Map<Integer, Genotype> evidence = MissingPersonModel.evidence(family, locus.locus().name(), m.data.profiles(), placed);
            if (!evidence.isEmpty()) {
                ll += Math.log(PedigreeLikelihood.of(family, evidence, locus));
            }
        }
        return ll;
    }

    private double lnUnrelated(Profile p) {
        double ll = 0;
        List<LocusModel> loci = m.loci;
        for (LocusModel locus : loci) {
            Optional<Genotype> g = p.genotype(locus.locus().name());
            if (g.isPresent()) {
                ll += Math.log(locus.hardyWeinberg(g.get()));
            }
        }
        return ll;
    }
}
