package org.repatria.match;

import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.repatria.match.block.Blocking;
import org.repatria.match.block.Candidates;
import org.repatria.match.compare.Comparison;
import org.repatria.match.compare.Field;
import org.repatria.match.compare.Profile;
import org.repatria.match.compare.ProfileColumns;
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
        // The lists' name counts do not depend on the model: counted on a pool thread while the lists are blocked and
        // compared, not on one core after the training (docs/decisions/0170).
        CompletableFuture<TermFrequencies> bothLists = counted(List.of(a, b));
        CompletableFuture<TermFrequencies> leftList = settings.oneToOne() ? counted(List.of(a)) : null;
        CompletableFuture<TermFrequencies> rightList = settings.oneToOne() ? counted(List.of(b)) : null;
        progress.report("block", 1, 4);
        Candidates between = Blocking.between(a, b);
        progress.report("compare", 2, 4);
        ProfileColumns columns = ProfileColumns.of(a, b);
        byte[] levels = compareAll(columns, between.pairs(), Comparison.fields());
        Scorer scorer = scorer(a, b, columns, levels, between, false, bothLists.join());
        progress.report("score", 3, 4);
        Scored scored = apply(scorer, a, b, columns, between.pairs(), levels, true);
        // One-to-one holds between persons: rows one list wrote twice are one person (docs/decisions/0153). Each list
        // within itself, with the m and u just learnt between the lists and a prior fitted to the list's own pairs
        // (0160): no second u sample and EM per list; quietly, so the progress reported (the linkage's) never goes back.
        // Only rows with a pair kept between the lists are looked at: another row changes a decision only as a link in a
        // chain of rows (A ~ B ~ C, B without a pair), which is now not made.
        Duplicates.Found leftSame = settings.oneToOne() ? sameRows(scorer, a, inPlay(scored.pairs, a.size(), true), leftList.join())
                : Duplicates.Found.NONE;
        Duplicates.Found rightSame = settings.oneToOne() ? sameRows(scorer, b, inPlay(scored.pairs, b.size(), false), rightList.join())
                : Duplicates.Found.NONE;
        BitSet won = null;
        if (settings.oneToOne()) {
            double t = settings.matchThreshold();
            int[] leftPerson = Clusters.labels(a.size(), leftSame.confirmedBy(
                    PersonAssignment.sharing(scored.pairs, scored.probability, t, true)));
            int[] rightPerson = Clusters.labels(b.size(), rightSame.confirmedBy(
                    PersonAssignment.sharing(scored.pairs, scored.probability, t, false)));
            won = PersonAssignment.matched(scored.pairs, scored.probability, leftPerson, rightPerson, t);
        }
        Link[] links = new Link[scored.pairs.length];
        BitSet matched = won;
        IntStream.range(0, links.length).parallel().forEach(k -> {
            double p = scored.probability[k];
            boolean match = matched == null ? p >= settings.matchThreshold() : matched.get(k);
            int l = (int) (scored.pairs[k] >>> 32);
            int r = (int) scored.pairs[k];
            links[k] = new Link(left.get(l).id(), right.get(r).id(), p, match ? Decision.MATCH : Decision.REVIEW,
                    scored.explanations.get(k));
        });
        progress.report("decide", 4, 4);
        return new Linkage(Arrays.asList(links), scored.candidates);
    }

    /** Groups of ids within one list that are the same person (pairs at or above the match threshold, joined). */
    public List<List<String>> duplicates(List<PersonRecord> people) {
        List<Profile> profiles = new Preparation().profiles(people);
        return Clusters.of(people.size(), sameRows(profiles).sure()).stream()
                .map(c -> c.stream().map(i -> people.get(i).id()).toList()).toList();
    }

    /** Pairs of rows of one list that are surely or likely the same person ({@link Duplicates}), by its own model. */
    private Duplicates.Found sameRows(List<Profile> profiles) {
        return sameRows(null, profiles, IntStream.range(0, profiles.size()).toArray(),
                new TermFrequencies(List.of(profiles)));
    }

    /** The name counts of {@code lists}, made on a pool thread. */
    private static CompletableFuture<TermFrequencies> counted(List<List<Profile>> lists) {
        return CompletableFuture.supplyAsync(() -> new TermFrequencies(lists));
    }

    /**
     * As {@link #sameRows(List)} among the rows {@code rows} (ascending) only, scored by {@code learnt} (a model between
     * this list and another) unless null: then blocked on {@link Blocking#withinNaming} and the model's prior fitted
     * anew to the pairs, its m and u kept. {@code counted}: the name counts of the whole list {@code profiles}.
     */
    private Duplicates.Found sameRows(Scorer learnt, List<Profile> profiles, int[] rows, TermFrequencies counted) {
        List<Profile> mine = rows.length == profiles.size() ? profiles : Arrays.stream(rows).mapToObj(profiles::get).toList();
        // A learnt model needs no EM sessions here, so only the keys that name a person are blocked on.
        Candidates within = learnt == null ? Blocking.within(mine) : Blocking.withinNaming(mine);
        ProfileColumns columns = ProfileColumns.of(mine, mine);
        byte[] levels = compareAll(columns, within.pairs(), Comparison.fields());
        double allPairs = mine.size() * (mine.size() - 1.0) / 2;
        Scorer scorer = learnt == null ? scorer(mine, mine, columns, levels, within, true, counted) : new Scorer(
                Training.refit(learnt.model(), levels, allPairs, mine.size()), counted);
        Scored scored = apply(scorer, mine, mine, columns, within.pairs(), levels, false);
        Duplicates.Found found = Duplicates.found(mine, scored.pairs, scored.probability, settings);
        return mine == profiles ? found : new Duplicates.Found(rowsOf(found.sure(), rows), rowsOf(found.likely(), rows));
    }

    /** The rows of one side that have a pair kept between the lists, ascending. */
    private static int[] inPlay(long[] pairs, int size, boolean left) {
        BitSet rows = new BitSet(size);
        for (long p : pairs) {
            rows.set(left ? (int) (p >>> 32) : (int) p);
        }
        return rows.stream().toArray();
    }

    /** Pairs of positions in {@code rows} as pairs of the rows themselves (order kept: {@code rows} ascends). */
    private static long[] rowsOf(long[] pairs, int[] rows) {
        return Arrays.stream(pairs).map(p -> (long) rows[(int) (p >>> 32)] << 32 | rows[(int) p]).toArray();
    }

    /** The model estimated from the candidates' levels (no labelled data), with the lists' name frequencies. */
    private static Scorer scorer(List<Profile> a, List<Profile> b, ProfileColumns columns, byte[] levels,
                                 Candidates candidates, boolean within, TermFrequencies frequencies) {
        ThreadLocal<ProfileColumns.Session> sampling = ThreadLocal.withInitial(columns::session);
        double[][] u = Estimation.u(a.size(), b.size(), within,
                (i, j, out) -> sampling.get().compare(i, j, out), U_SAMPLES, SEED);
        double allPairs = within ? a.size() * (a.size() - 1.0) / 2 : (double) a.size() * b.size();
        Model model = Training.train(levels, candidates.keys(), Blocking.keyFields(), u, allPairs,
                Math.min(a.size(), b.size()));
        return new Scorer(model, frequencies);
    }

    /** Candidate pairs kept at or above the review threshold, with probabilities (and explanations if asked). */
    private Scored apply(Scorer scorer, List<Profile> a, List<Profile> b, ProfileColumns columns, long[] pairs,
                         byte[] levels, boolean explain) {
        int fields = Comparison.fields();
        // Each name's share of its lists, laid out by row (surname's, given name's): a pair's frequency is the larger of
        // its two names' (TermFrequencies.surname), read without the profiles and from one place per person.
        double[] surnames = columns.byName(n -> scorer.frequencies().surname(n, n));
        double[] givenNames = columns.byName(n -> scorer.frequencies().givenName(n, n));
        double[] left = columns.byRow(true, surnames, givenNames);
        double[] right = a == b ? left : columns.byRow(false, surnames, givenNames);
        // A pair's probability is worked out only when its log2 odds are within a hair of the review threshold's or
        // above: most candidates fall far below it, and neither their probability nor an array of all of them is
        // needed (docs/decisions/0184). The kept pairs' probabilities are the same expression as before, so the same bits.
        double least = leastOdds(settings.reviewThreshold());
        int chunks = (pairs.length + CHUNK - 1) / CHUNK;
        int[][] keptOf = new int[chunks][];
        double[][] probabilityOf = new double[chunks][];
        IntStream.range(0, chunks).parallel().forEach(c -> {
            int[] mine = new int[CHUNK];
            double[] theirs = new double[CHUNK];
            int n = 0;
            for (int k = c * CHUNK, end = Math.min(pairs.length, k + CHUNK); k < end; k++) {
                int i = 2 * (int) (pairs[k] >>> 32);
                int j = 2 * (int) pairs[k];
                double odds = scorer.odds(levels, k * fields, f -> f == Field.SURNAME
                        ? Math.max(left[i], right[j]) : Math.max(left[i + 1], right[j + 1]));
                if (odds < least) {
                    continue;
                }
                double p = Model.probability(odds);
                if (p >= settings.reviewThreshold()) {
                    mine[n] = k;
                    theirs[n++] = p;
                }
            }
            keptOf[c] = Arrays.copyOf(mine, n);
            probabilityOf[c] = Arrays.copyOf(theirs, n);
        });
        int[] kept = concatenated(keptOf);
        double[] probability = concatenated(probabilityOf);
        int[] order = ranked(pairs, kept, probability);
        long[] keptPairs = new long[kept.length];
        double[] keptProbability = new double[kept.length];
        Explanation[] explanations = new Explanation[explain ? kept.length : 0];
        // In chunks on all cores, each writing its own slice (docs/decisions/0170).
        IntStream.range(0, (kept.length + CHUNK - 1) / CHUNK).parallel().forEach(c -> {
            byte[] lv = new byte[fields];
            double[] weights = new double[fields];
            for (int n = c * CHUNK, end = Math.min(kept.length, n + CHUNK); n < end; n++) {
                int k = kept[order[n]];
                keptPairs[n] = pairs[k];
                keptProbability[n] = probability[order[n]];
                if (explain) {
                    System.arraycopy(levels, k * fields, lv, 0, fields);
                    scorer.weigh(a.get((int) (pairs[k] >>> 32)), b.get((int) pairs[k]), lv, weights);
                    explanations[n] = Explanation.of(scorer.model().priorWeight(), lv, weights);
                }
            }
        });
        return new Scored(keptPairs, keptProbability, Arrays.asList(explanations), pairs.length);
    }

    /**
     * Every pair's levels ({@code pairs × fields}), compared in chunks on the lists' flat columns, each thread with its
     * own comparing session (which remembers the name pairs it met).
     */
    private static byte[] compareAll(ProfileColumns columns, long[] pairs, int fields) {
        byte[] levels = new byte[pairs.length * fields];
        ThreadLocal<ProfileColumns.Session> sessions = ThreadLocal.withInitial(columns::session);
        int chunks = (pairs.length + CHUNK - 1) / CHUNK;
        IntStream.range(0, chunks).parallel().forEach(c -> sessions.get().compare(pairs, c * CHUNK,
                Math.min(pairs.length, c * CHUNK + CHUNK), levels));
        return levels;
    }

    /**
     * The least log2 odds a pair can have and reach probability {@code threshold}, less a margin (a thousandth of a bit)
     * far wider than the rounding of {@link Model#probability}: below it the pair is surely under the threshold.
     */
    static double leastOdds(double threshold) {
        if (!(threshold > 0 && threshold < 1)) {
            return Double.NEGATIVE_INFINITY;
        }
        return Math.log(threshold / (1 - threshold)) / Math.log(2) - 1e-3;
    }

    /**
     * The positions of the kept pairs ({@code kept}: pair numbers, ascending, with their {@code probability}) by left
     * person, as the candidates come, and best first within each (a stable sort: equal probabilities keep the
     * candidates' order).
     */
    private static int[] ranked(long[] pairs, int[] kept, double[] probability) {
        int[] order = new int[kept.length];
        for (int n = 0; n < kept.length; n++) {
            int m = n - 1;
            while (m >= 0 && pairs[kept[order[m]]] >>> 32 == pairs[kept[n]] >>> 32
                    && Double.compare(-probability[order[m]], -probability[n]) > 0) {
                order[m + 1] = order[m];
                m--;
            }
            order[m + 1] = n;
        }
        return order;
    }

    private static int[] concatenated(int[][] parts) {
        int[] all = new int[Arrays.stream(parts).mapToInt(x -> x.length).sum()];
        int at = 0;
        for (int[] part : parts) {
            System.arraycopy(part, 0, all, at, part.length);
            at += part.length;
        }
        return all;
    }

    private static double[] concatenated(double[][] parts) {
        double[] all = new double[Arrays.stream(parts).mapToInt(x -> x.length).sum()];
        int at = 0;
        for (double[] part : parts) {
            System.arraycopy(part, 0, all, at, part.length);
            at += part.length;
        }
        return all;
    }

    private record Scored(long[] pairs, double[] probability, List<Explanation> explanations, long candidates) {
    }
}
