package org.repatria.kinship.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.repatria.kinship.KinshipData;
import org.repatria.kinship.KinshipException;
import org.repatria.kinship.frequency.Locus;
import org.repatria.kinship.likelihood.LocusModel;
import org.repatria.kinship.likelihood.PedigreeLikelihood;
import org.repatria.kinship.pedigree.Family;
import org.repatria.kinship.profile.Genotype;
import org.repatria.kinship.profile.Profile;
import org.repatria.kinship.profile.Remains;

/**
 * Joint identification for small cases: every assignment of remains to missing persons (one-to-one,
 * sex-consistent, only pairs whose pairwise LR is not 0), with its likelihood; posterior pairing
 * probabilities under a flat prior over assignments. The number of assignments grows fast: meant for
 * tens of remains, after the pairwise search has cut the candidates.
 */
public final class JointSearch {

    private static final int MAX_ASSIGNMENTS = 2_000_000;

    private final KinshipData data;
    private final Search search;
    private final List<LocusModel> loci = new ArrayList<>();
    private final Map<String, Double> familyCache = new HashMap<>();

    public JointSearch(KinshipData data, Search search) {
        this.data = data;
        this.search = search;
        for (Locus locus : data.frequencies().loci()) {
            loci.add(new LocusModel(locus, data.mutation(locus.name())));
        }
    }

    /** Natural-log likelihood of all data (every family and every remains) under one assignment. */
    public double logLikelihood(Map<String, Target> pairs) {
        double ll = 0;
        for (Remains r : data.remains()) {
            if (!pairs.containsKey(r.sampleId())) {
                ll += unrelatedLogLikelihood(data.profiles().get(r.sampleId()));
            }
        }
        for (Family family : data.families()) {
            Map<String, String> placed = new TreeMap<>();
            pairs.forEach((remains, t) -> {
                if (t.familyId().equals(family.id())) {
                    placed.put(t.missingId(), remains);
                }
            });
            ll += familyCache.computeIfAbsent(family.id() + placed, k -> familyLogLikelihood(family, placed));
        }
        return ll;
    }

    private double unrelatedLogLikelihood(Profile profile) {
        double ll = 0;
        for (LocusModel m : loci) {
            Optional<Genotype> g = profile.genotype(m.locus().name());
            if (g.isPresent()) {
                ll += Math.log(m.hardyWeinberg(g.get()));
            }
        }
        return ll;
    }

    private double familyLogLikelihood(Family family, Map<String, String> placed) {
        Map<Integer, Profile> placedProfiles = new HashMap<>();
        placed.forEach((member, remains) -> placedProfiles.put(family.indexOf(member).orElseThrow(
                () -> new KinshipException("family " + family.id() + " has no member " + member)), data.profiles().get(remains)));
        double ll = 0;
        for (LocusModel m : loci) {
            Map<Integer, Genotype> evidence = MissingPersonModel.evidence(family, m.locus().name(), data.profiles(), placedProfiles);
            if (!evidence.isEmpty()) {
                ll += Math.log(PedigreeLikelihood.of(family, evidence, m));
            }
        }
        return ll;
    }

    /** Every admissible assignment, best first; {@code fixed} pairs (remains id to target) are in all of them. */
    public List<Assignment> assignments(Map<String, Target> fixed) {
        List<List<Target>> options = new ArrayList<>();
        for (Remains r : data.remains()) {
            List<Target> candidates = new ArrayList<>();
            options.add(candidates);
            if (fixed.containsKey(r.sampleId())) {
                candidates.add(fixed.get(r.sampleId()));
                continue;
            }
            for (Family f : data.families()) {
                for (int t : f.missing()) {
                    Target target = new Target(f.id(), f.member(t).id());
                    if (!r.sex().conflictsWith(f.member(t).sex()) && !fixed.containsValue(target)
                            && search.pair(r.sampleId(), f.id(), f.member(t).id(), Map.of()).lr() > 0) {
                        candidates.add(target);
                    }
                }
            }
        }
        List<Map<String, Target>> all = new ArrayList<>();
        enumerate(0, options, new LinkedHashMap<>(), all, fixed);
        double nullLl = logLikelihood(Map.of());
        List<Assignment> out = new ArrayList<>();
        for (Map<String, Target> pairs : all) {
            double ll = logLikelihood(pairs);
            out.add(new Assignment(pairs, ll, Math.exp(ll - nullLl)));
        }
        out.sort(Comparator.comparingDouble(Assignment::logLikelihood).reversed());
        return out;
    }

    private void enumerate(int r, List<List<Target>> options, Map<String, Target> current, List<Map<String, Target>> out,
                           Map<String, Target> fixed) {
        if (out.size() > MAX_ASSIGNMENTS) {
            throw new KinshipException("more than " + MAX_ASSIGNMENTS + " joint assignments; run the pairwise search"
                    + " first and give the joint search fewer remains or candidates");
        }
        if (r == options.size()) {
            out.add(new LinkedHashMap<>(current));
            return;
        }
        String remains = data.remains().get(r).sampleId();
        if (!fixed.containsKey(remains)) {
            enumerate(r + 1, options, current, out, fixed);
        }
        for (Target t : options.get(r)) {
            if (!current.containsValue(t)) {
                current.put(remains, t);
                enumerate(r + 1, options, current, out, fixed);
                current.remove(remains);
            }
        }
    }

    /**
     * Generalised LR of a claim (for example "V1 is M1", or "V2 and V3 are M2 and M3 in some order"): the best
     * likelihood among assignments that make the claim over the best among those that do not.
     */
    public static double glr(List<Assignment> assignments, java.util.function.Predicate<Assignment> claim) {
        double with = Double.NEGATIVE_INFINITY;
        double without = Double.NEGATIVE_INFINITY;
        for (Assignment a : assignments) {
            if (claim.test(a)) {
                with = Math.max(with, a.logLikelihood());
            } else {
                without = Math.max(without, a.logLikelihood());
            }
        }
        return Math.exp(with - without);
    }

    /** Posterior probability that {@code remainsId} is {@code target} (empty: none of them), flat prior over assignments. */
    public static double posterior(List<Assignment> assignments, String remainsId, Optional<Target> target) {
        double best = assignments.stream().mapToDouble(Assignment::logLikelihood).max().orElse(0);
        double total = 0;
        double hit = 0;
        for (Assignment a : assignments) {
            double w = Math.exp(a.logLikelihood() - best);
            total += w;
            if (Optional.ofNullable(a.pairs().get(remainsId)).equals(target)) {
                hit += w;
            }
        }
        return hit / total;
    }
}
