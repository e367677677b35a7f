package org.repatria.match;

import java.util.ArrayList;
import java.util.BitSet;
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
    private static final int CHUNK = 1 << 14;

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
        Candidates between = Blocking.between(a, b);
        progress.report("compare", 2, 4);
        byte[] levels = compareAll(a, b, between.pairs(), Comparison.fields());
        Scorer scorer = scorer(a, b, levels, between, false);
        progress.report("score", 3, 4);
        Scored scored = apply(scorer, a, b, between.pairs(), levels, true);
        // One-to-one holds between persons: rows one list wrote twice are one person (docs/decisions/0153). Each list
        // within itself, with the model just learnt between the lists (0160): blocked, compared and scored, but no
        // second model estimated per list; quietly, so the progress reported (the linkage's) never goes back.
        Duplicates.Found leftSame = settings.oneToOne() ? sameRows(scorer, a) : Duplicates.Found.NONE;
        Duplicates.Found rightSame = settings.oneToOne() ? sameRows(scorer, b) : Duplicates.Found.NONE;
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

    /** Pairs of rows of one list that are surely or likely the same person ({@link Duplicates}), by its own model. */
    private Duplicates.Found sameRows(List<Profile> profiles) {
        return sameRows(null, profiles);
    }

    /** As {@link #sameRows(List)}, scored by {@code learnt} (a model between this list and another) unless null. */
    private Duplicates.Found sameRows(Scorer learnt, List<Profile> profiles) {
        Candidates within = Blocking.within(profiles);
        byte[] levels = compareAll(profiles, profiles, within.pairs(), Comparison.fields());
        Scorer scorer = learnt != null ? learnt : scorer(profiles, profiles, levels, within, true);
        Scored scored = apply(scorer, profiles, profiles, within.pairs(), levels, false);
        return Duplicates.found(profiles, scored.pairs, scored.probability, settings);
    }

    /** The model estimated from the candidates' levels (no labelled data), with the lists' name frequencies. */
    private static Scorer scorer(List<Profile> a, List<Profile> b, byte[] levels, Candidates candidates, boolean within) {
        ThreadLocal<Comparison> sampling = ThreadLocal.withInitial(Comparison::new);
        double[][] u = Estimation.u(a.size(), b.size(), within,
                (i, j, out) -> sampling.get().compare(a.get(i), b.get(j), out), U_SAMPLES, SEED);
        double allPairs = within ? a.size() * (a.size() - 1.0) / 2 : (double) a.size() * b.size();
        Model model = Training.train(levels, candidates.keys(), Blocking.keyFields(), u, allPairs,
                Math.min(a.size(), b.size()));
        return new Scorer(model, new TermFrequencies(within ? List.of(a) : List.of(a, b)));
    }

    /** Candidate pairs kept at or above the review threshold, with probabilities (and explanations if asked). */
    private Scored apply(Scorer scorer, List<Profile> a, List<Profile> b, long[] pairs, byte[] levels, boolean explain) {
        int fields = Comparison.fields();
        double[] probability = new double[pairs.length];
        IntStream.range(0, pairs.length).parallel().forEach(k -> probability[k] = Model.probability(
                scorer.odds(a.get((int) (pairs[k] >>> 32)), b.get((int) pairs[k]), levels, k * fields)));
        int[] kept = kept(pairs, probability);
        long[] keptPairs = new long[kept.length];
        double[] keptProbability = new double[kept.length];
        List<Explanation> explanations = new ArrayList<>(explain ? kept.length : 0);
        byte[] lv = new byte[fields];
        double[] weights = new double[fields];
        for (int n = 0; n < kept.length; n++) {
            int k = kept[n];
            keptPairs[n] = pairs[k];
            keptProbability[n] = probability[k];
            if (explain) {
                System.arraycopy(levels, k * fields, lv, 0, fields);
                scorer.weigh(a.get((int) (pairs[k] >>> 32)), b.get((int) pairs[k]), lv, weights);
                explanations.add(Explanation.of(scorer.model().priorWeight(), lv, weights));
            }
        }
        return new Scored(keptPairs, keptProbability, explanations, pairs.length);
    }

    /**
     * Every pair's levels ({@code pairs × fields}), compared in chunks, each thread with its own comparing session (which
     * remembers the name pairs it met).
     */
    private static byte[] compareAll(List<Profile> a, List<Profile> b, long[] pairs, int fields) {
        byte[] levels = new byte[pairs.length * fields];
        ThreadLocal<Comparison> sessions = ThreadLocal.withInitial(Comparison::new);
        int chunks = (pairs.length + CHUNK - 1) / CHUNK;
        IntStream.range(0, chunks).parallel().forEach(c -> {
            Comparison session = sessions.get();
            byte[] out = new byte[fields];
            for (int k = c * CHUNK, end = Math.min(pairs.length, k + CHUNK); k < end; k++) {
                session.compare(a.get((int) (pairs[k] >>> 32)), b.get((int) pairs[k]), out);
                System.arraycopy(out, 0, levels, k * fields, fields);
            }
        });
        return levels;
    }

    /**
     * The pairs at or above the review threshold, by left person (as the candidates come) and best first within each
     * (a stable sort: equal probabilities keep the candidates' order).
     */
    private int[] kept(long[] pairs, double[] probability) {
        int[] kept = IntStream.range(0, pairs.length).filter(k -> probability[k] >= settings.reviewThreshold()).toArray();
        for (int n = 1; n < kept.length; n++) {
            int k = kept[n];
            int m = n - 1;
            while (m >= 0 && pairs[kept[m]] >>> 32 == pairs[k] >>> 32 && Double.compare(-probability[kept[m]], -probability[k]) > 0) {
                kept[m + 1] = kept[m];
                m--;
            }
            kept[m + 1] = k;
        }
        return kept;
    }

    private record Scored(long[] pairs, double[] probability, List<Explanation> explanations, long candidates) {
    }
}
