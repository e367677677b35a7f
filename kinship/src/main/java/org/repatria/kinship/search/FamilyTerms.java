package org.repatria.kinship.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.repatria.kinship.likelihood.LocusModel;
import org.repatria.kinship.likelihood.PedigreeLikelihood;
import org.repatria.kinship.pedigree.Family;
import org.repatria.kinship.pedigree.Member;
import org.repatria.kinship.pedigree.Sex;
import org.repatria.kinship.profile.Genotype;
import org.repatria.kinship.profile.Profile;

/**
 * The natural-log LR of placing several remains in one family at once (a family missing two or more), against
 * "those remains unrelated", given the remains already identified in that family. Cached by family and placements.
 * The unrelated hypothesis adds the remains to the family as founders of their own, so that with theta they come
 * from the family's subpopulation, as the pairwise LR's denominator does (TargetPosterior); with theta 0 it is
 * the family's likelihood times each remains' Hardy–Weinberg probability.
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
        Map<Integer, Profile> placed = new HashMap<>(before);
        Map<Integer, Profile> apart = new HashMap<>(before);
        for (int i = 0; i < targets.length; i++) {
            Profile p = m.data.profiles().get(m.data.remains().get(remains[i]).sampleId());
            placed.put(m.targetMember[targets[i]], p);
            apart.put(family.size() + i, p);
        }
        return lnFamily(family, placed) - lnFamily(withStrangers(family, targets.length), apart);
    }

    /** The family with {@code n} unrelated founders added after its members (same indices for the members). */
    private static Family withStrangers(Family family, int n) {
        List<Member> rows = new ArrayList<>(family.members());
        for (int i = 0; i < n; i++) {
            rows.add(new Member("~unrelated" + i, Optional.empty(), Optional.empty(), Sex.UNKNOWN, Optional.empty(), false));
        }
        return new Family(family.id(), rows);
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
}
