package org.repatria.kinship.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.repatria.kinship.KinshipData;
import org.repatria.kinship.likelihood.LocusModel;
import org.repatria.kinship.pedigree.Family;
import org.repatria.kinship.profile.Profile;
import org.repatria.kinship.profile.Remains;

/**
 * The log10 LR of every remaining remains against every remaining missing person, given the remains already
 * identified in each family (dvir's pairwise LR matrix of the reduced case). Dense: remains x missing doubles,
 * -infinity where the pair is excluded, sex-inconsistent, or out of the search.
 */
final class PairMatrix {

    final KinshipData data;
    final List<LocusModel> loci;
    final List<Target> targets = new ArrayList<>();
    final int[] targetFamily;
    final int[] targetMember;
    final double[][] log10;
    final boolean[] remainsOpen;
    final boolean[] targetOpen;
    /** Per family: member index to the profile of the remains identified with it. */
    final List<Map<Integer, Profile>> placed = new ArrayList<>();
    private final int[] codes;

    PairMatrix(KinshipData data, List<LocusModel> loci) {
        this.data = data;
        this.loci = loci;
        List<Integer> fam = new ArrayList<>();
        List<Integer> mem = new ArrayList<>();
        for (int f = 0; f < data.families().size(); f++) {
            Family family = data.families().get(f);
            placed.add(new HashMap<>());
            for (int m : family.missing()) {
                targets.add(new Target(family.id(), family.member(m).id()));
                fam.add(f);
                mem.add(m);
            }
        }
        targetFamily = fam.stream().mapToInt(Integer::intValue).toArray();
        targetMember = mem.stream().mapToInt(Integer::intValue).toArray();
        int remains = data.remains().size();
        log10 = new double[remains][targets.size()];
        remainsOpen = new boolean[remains];
        targetOpen = new boolean[targets.size()];
        Arrays.fill(remainsOpen, true);
        Arrays.fill(targetOpen, true);
        int markers = loci.size();
        codes = new int[remains * markers];
        for (int r = 0; r < remains; r++) {
            Profile profile = data.profiles().get(data.remains().get(r).sampleId());
            for (int m = 0; m < markers; m++) {
                codes[r * markers + m] = profile.genotype(loci.get(m).locus().name()).map(g -> g.index()).orElse(-1);
            }
        }
    }

    /** Fills the columns of the open missing persons of the given families (all families at first). */
    void compute(List<Integer> families, String phase, JointProgress progress) {
        AtomicInteger done = new AtomicInteger();
        IntStream.range(0, families.size()).parallel().forEach(i -> {
            int f = families.get(i);
            Family family = data.families().get(f);
            double[] score = new double[2];
            for (int t = 0; t < targets.size(); t++) {
                if (targetFamily[t] != f || !targetOpen[t]) {
                    continue;
                }
                MissingPersonModel model = new MissingPersonModel(family, targetMember[t], loci, data.profiles(), placed.get(f));
                for (int r = 0; r < log10.length; r++) {
                    Remains remains = data.remains().get(r);
                    if (!remainsOpen[r] || remains.sex().conflictsWith(family.member(targetMember[t]).sex())) {
                        log10[r][t] = Double.NEGATIVE_INFINITY;
                        continue;
                    }
                    model.score(codes, r * loci.size(), score);
                    log10[r][t] = score[0];
                }
            }
            progress.done(phase, done.incrementAndGet(), families.size());
        });
    }

    /** Marks remains {@code r} identified as missing person {@code t}: both leave the search, the family gains its profile. */
    void identify(int r, int t) {
        remainsOpen[r] = false;
        targetOpen[t] = false;
        placed.get(targetFamily[t]).put(targetMember[t], data.profiles().get(data.remains().get(r).sampleId()));
    }

    /** The log10 LR of a pair whose remains and missing person are both still open, else -infinity. */
    double open(int r, int t) {
        return remainsOpen[r] && targetOpen[t] ? log10[r][t] : Double.NEGATIVE_INFINITY;
    }
}
