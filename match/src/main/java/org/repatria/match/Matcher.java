package org.repatria.match;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import org.repatria.match.block.Blocking;
import org.repatria.match.block.Candidates;
import org.repatria.match.compare.Comparison;
import org.repatria.match.compare.Profile;
import org.repatria.match.decide.Clusters;
import org.repatria.match.decide.PersonAssignment;
import org.repatria.match.explain.Explanation;
import org.repatria.match.score.Estimation;
import org.repatria.match.score.Model;
import org.repatria.match.score.Scorer;
import org.repatria.match.score.TermFrequencies;
import org.repatria.match.score.Training;

/**
 * Links two person lists (or finds duplicates within one): blocks, compares, estimates a Fellegi–Sunter model from
 * the lists themselves (no labelled data), scores each candidate pair as a match probability and decides.
 */
public final class Matcher {
    private static final int U_SAMPLES = 300_000;
    private static final long SEED = 20250602L;

    private final Settings settings;
    private final Progress progress;

    /** A matcher with these decision settings, reporting no progress. */
    public Matcher(Settings settings) {
        this(settings, Progress.NONE);
    }

    /** A matcher with these decision settings, reporting progress to {@code progress}. */
    public Matcher(Settings settings, Progress progress) {
        this.settings = settings;
        this.progress = progress;
    }

    /** Pairs of (left, right) people at or above the review threshold, best first within each left person. */
    public Linkage link(List<PersonRecord> left, List<PersonRecord> right) {
        Preparation prep = new Preparation();
        progress.report("prepare", 0, 4);
        List<Profile> a = prep.profiles(left);
        List<Profile> b = prep.profiles(right);
        progress.report("block", 1, 4);
        // One-to-one holds between persons: rows one list wrote twice are one person (docs/decisions/0153).
        // Each list within itself, quietly: the progress reported is the linkage's, and never goes back.
        Matcher quiet = new Matcher(settings);
        Duplicates.Found leftSame = settings.oneToOne() ? quiet.sameRows(a) : Duplicates.Found.NONE;
        Duplicates.Found rightSame = settings.oneToOne() ? quiet.sameRows(b) : Duplicates.Found.NONE;
        Scored scored = score(a, b, Blocking.between(a, b), false);
        BitSet won = null;
        if (settings.oneToOne()) {
            double t = settings.matchThreshold();
            int[] leftPerson = Clusters.labels(a.size(), leftSame.confirmedBy(
                    PersonAssignment.sharing(scored.pairs, scored.probability, t, true)));
            int[] rightPerson = Clusters.labels(b.size(), rightSame.confirmedBy(
                    PersonAssignment.sharing(scored.pairs, scored.probability, t, false)));
            won = PersonAssignment.matched(scored.pairs, scored.probability, leftPerson, rightPerson, t);
        }
        List<Link> links = new ArrayList<>();
        for (int k = 0; k < scored.pairs.length; k++) {
            double p = scored.probability[k];
            boolean match = won == null ? p >= settings.matchThreshold() : won.get(k);
            int l = (int) (scored.pairs[k] >>> 32);
            int r = (int) scored.pairs[k];
            links.add(new Link(left.get(l).id(), right.get(r).id(), p, match ? Decision.MATCH : Decision.REVIEW,
                    scored.explanations.get(k)));
        }
        progress.report("decide", 4, 4);
        return new Linkage(links, scored.candidates);
    }

    /** Groups of ids within one list that are the same person (pairs at or above the match threshold, joined). */
    public List<List<String>> duplicates(List<PersonRecord> people) {
        List<Profile> profiles = new Preparation().profiles(people);
        return Clusters.of(people.size(), sameRows(profiles).sure()).stream()
                .map(c -> c.stream().map(i -> people.get(i).id()).toList()).toList();
    }

    /** Pairs of rows of one list that are surely or likely the same person ({@link Duplicates}). */
    private Duplicates.Found sameRows(List<Profile> profiles) {
        Scored scored = score(profiles, profiles, Blocking.within(profiles), true);
        return Duplicates.found(profiles, scored.pairs, scored.probability, settings);
    }

    /** Candidate pairs kept at or above the review threshold, with probabilities and explanations. */
    private Scored score(List<Profile> a, List<Profile> b, Candidates candidates, boolean within) {
        long[] pairs = candidates.pairs();
        int fields = Comparison.fields();
        progress.report("compare", 2, 4);
        byte[] levels = new byte[pairs.length * fields];
        IntStream.range(0, pairs.length).parallel().forEach(k -> {
            byte[] out = new byte[fields];
            Comparison.levels(a.get((int) (pairs[k] >>> 32)), b.get((int) pairs[k]), out);
            System.arraycopy(out, 0, levels, k * fields, fields);
        });
        double[][] u = Estimation.u(a.size(), b.size(), within, (i, j, out) -> Comparison.levels(a.get(i), b.get(j), out),
                U_SAMPLES, SEED);
        double allPairs = within ? a.size() * (a.size() - 1.0) / 2 : (double) a.size() * b.size();
        Model model = Training.train(levels, candidates.keys(), Blocking.keyFields(), u, allPairs,
                Math.min(a.size(), b.size()));
        Scorer scorer = new Scorer(model, new TermFrequencies(within ? List.of(a) : List.of(a, b)));
        progress.report("score", 3, 4);
        double[] probability = new double[pairs.length];
        IntStream.range(0, pairs.length).parallel().forEach(k -> {
            byte[] lv = java.util.Arrays.copyOfRange(levels, k * fields, (k + 1) * fields);
            probability[k] = Model.probability(scorer.weigh(a.get((int) (pairs[k] >>> 32)), b.get((int) pairs[k]), lv,
                    new double[fields]));
        });
        int[] kept = IntStream.range(0, pairs.length).filter(k -> probability[k] >= settings.reviewThreshold())
                .boxed().sorted(Comparator.comparingLong((Integer k) -> pairs[k] >>> 32)
                        .thenComparingDouble(k -> -probability[k])).mapToInt(Integer::intValue).toArray();
        long[] keptPairs = new long[kept.length];
        double[] keptProbability = new double[kept.length];
        List<Explanation> explanations = new ArrayList<>(kept.length);
        for (int n = 0; n < kept.length; n++) {
            int k = kept[n];
            keptPairs[n] = pairs[k];
            keptProbability[n] = probability[k];
            byte[] lv = java.util.Arrays.copyOfRange(levels, k * fields, (k + 1) * fields);
            double[] weights = new double[fields];
            scorer.weigh(a.get((int) (pairs[k] >>> 32)), b.get((int) pairs[k]), lv, weights);
            explanations.add(Explanation.of(model.priorWeight(), lv, weights));
        }
        return new Scored(keptPairs, keptProbability, explanations, pairs.length);
    }

    private record Scored(long[] pairs, double[] probability, List<Explanation> explanations, long candidates) {
    }
}
