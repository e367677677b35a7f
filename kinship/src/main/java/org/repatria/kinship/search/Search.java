package org.repatria.kinship.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.stream.IntStream;
import org.repatria.kinship.KinshipData;
import org.repatria.kinship.KinshipException;
import org.repatria.kinship.frequency.Locus;
import org.repatria.kinship.likelihood.LocusModel;
import org.repatria.kinship.pedigree.Family;
import org.repatria.kinship.profile.Profile;
import org.repatria.kinship.profile.Remains;

/**
 * Every remains sample against every missing person of every family. Families are searched in parallel;
 * each family's tables are built once, then every remains sample costs one look-up per marker.
 * Pairs whose sexes are both known and differ are not compared (as dvir does by default). Every likelihood
 * applies the subpopulation correction theta given at construction (0 = none; see {@link LocusModel}).
 */
public final class Search {

    private final KinshipData data;
    private final List<LocusModel> loci = new ArrayList<>();
    private final int[] codes;
    private final Map<String, Family> families = new HashMap<>();
    private final Map<String, Integer> remainsIndex = new HashMap<>();
    private final double theta;

    public Search(KinshipData data) {
        this(data, 0);
    }

    /** A search whose likelihoods apply the subpopulation correction {@code theta} in [0, 1). */
    public Search(KinshipData data, double theta) {
        this.data = data;
        this.theta = theta;
        for (Locus locus : data.frequencies().loci()) {
            loci.add(new LocusModel(locus, data.mutation(locus.name()), theta));
        }
        data.families().forEach(f -> families.put(f.id(), f));
        int markers = loci.size();
        codes = new int[data.remains().size() * markers];
        for (int r = 0; r < data.remains().size(); r++) {
            Remains remains = data.remains().get(r);
            remainsIndex.put(remains.sampleId(), r);
            Profile profile = profile(remains.sampleId());
            for (int m = 0; m < markers; m++) {
                codes[r * markers + m] = profile.genotype(loci.get(m).locus().name()).map(g -> g.index()).orElse(-1);
            }
        }
    }

    /** The subpopulation correction every likelihood of this search applies. */
    public double theta() {
        return theta;
    }

    /** The marker models (with this search's theta), in frequency-table order, for other searches over the same data. */
    public List<LocusModel> loci() {
        return List.copyOf(loci);
    }

    private Profile profile(String sampleId) {
        Profile p = data.profiles().get(sampleId);
        if (p == null) {
            throw new KinshipException("sample " + sampleId + " has no profile");
        }
        return p;
    }

    /** All pairs with log10 LR at or above {@code minLog10Lr}, by remains (input order) then descending LR. */
    public List<Match> run(double minLog10Lr, Progress progress) {
        List<Family> all = data.families();
        AtomicReferenceArray<List<Match>> perFamily = new AtomicReferenceArray<>(all.size());
        AtomicInteger done = new AtomicInteger();
        IntStream.range(0, all.size()).parallel().forEach(f -> {
            perFamily.set(f, searchFamily(all.get(f), minLog10Lr));
            progress.familiesDone(done.incrementAndGet(), all.size());
        });
        List<Match> out = new ArrayList<>();
        for (int f = 0; f < all.size(); f++) {
            out.addAll(perFamily.get(f));
        }
        out.sort(Comparator.comparingInt((Match m) -> remainsIndex.get(m.remainsId()))
                .thenComparing(Comparator.comparingDouble(Match::log10Lr).reversed()));
        return out;
    }

    private List<Match> searchFamily(Family family, double minLog10Lr) {
        List<Match> out = new ArrayList<>();
        double[] score = new double[2];
        int markers = loci.size();
        for (int target : family.missing()) {
            MissingPersonModel model = new MissingPersonModel(family, target, loci, data.profiles(), Map.of());
            for (int r = 0; r < data.remains().size(); r++) {
                Remains remains = data.remains().get(r);
                if (remains.sex().conflictsWith(family.member(target).sex())) {
                    continue;
                }
                model.score(codes, r * markers, score);
                if (score[0] >= minLog10Lr) {
                    out.add(new Match(remains.sampleId(), family.id(), model.missingId(), score[0], (int) score[1]));
                }
            }
        }
        return out;
    }

    /**
     * One pair, with each marker's LR; sexes are not checked here. {@code identified} maps members of the
     * same family to remains already identified with them, whose profiles then count as the members' own.
     */
    public PairResult pair(String remainsId, String familyId, String missingId, Map<String, String> identified) {
        Integer r = remainsIndex.get(remainsId);
        Family family = families.get(familyId);
        if (r == null || family == null) {
            throw new KinshipException("unknown " + (r == null ? "remains " + remainsId : "family " + familyId));
        }
        int target = family.indexOf(missingId).orElseThrow(
                () -> new KinshipException("family " + familyId + " has no member " + missingId));
        Map<Integer, Profile> placed = new HashMap<>();
        identified.forEach((member, remains) -> placed.put(family.indexOf(member).orElseThrow(
                () -> new KinshipException("family " + familyId + " has no member " + member)), profile(remains)));
        MissingPersonModel model = new MissingPersonModel(family, target, loci, data.profiles(), placed);
        Map<String, Double> markerLrs = new HashMap<>();
        int markers = loci.size();
        for (int m = 0; m < markers; m++) {
            int g = codes[r * markers + m];
            if (g >= 0) {
                markerLrs.put(loci.get(m).locus().name(), model.markerLr(m, g));
            }
        }
        double[] score = new double[2];
        model.score(codes, r * markers, score);
        return new PairResult(Math.pow(10, score[0]), score[0], (int) score[1], markerLrs);
    }
}
