package org.repatria.match.person;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntFunction;
import java.util.stream.IntStream;
import org.repatria.match.Settings;
import org.repatria.match.block.Blocking;
import org.repatria.match.block.Candidates;
import org.repatria.match.compare.Comparison;
import org.repatria.match.compare.Profile;
import org.repatria.match.explain.Explanation;
import org.repatria.match.score.Estimation;
import org.repatria.match.score.Model;
import org.repatria.match.score.Scorer;
import org.repatria.match.score.TermFrequencies;
import org.repatria.match.score.Training;

/**
 * Scores a new list's rows against the held rows and among themselves, as {@code Matcher} does for two lists: block
 * (the held rows through {@link Blocks}, the new rows among themselves through {@link Blocking#within}), compare,
 * estimate a Fellegi–Sunter model from the new × held pairs (u from random pairs, m by EM per blocking key, the prior
 * over all new × held pairs; over the new rows alone when nothing is held yet), and score; a pair with a
 * {@link Contradiction} scores 0. Reads the held rows only.
 */
final class Joining {
    private static final int U_SAMPLES = 200_000;
    private static final long SEED = 20261206L;
    private static final int FIELDS = Comparison.fields();

    /** Scored pairs of rows numbered as held rows, the new ones after them ({@code a} always a new row). */
    record Scored(int[] a, int[] b, double[] probability, Scorer scorer, double[][] u) {
        int size() {
            return a.length;
        }
    }

    private Joining() {
    }

    /**
     * @param knownU u from an earlier add, to reuse (it is the population's, not the list's), or null to sample it
     */
    static Scored score(HeldRows held, List<Profile> fresh, List<Blocks.Keyed> keyed, Settings settings,
                        double[][] knownU) {
        int h = held.size();
        int n = fresh.size();
        IntFunction<Profile> at = g -> g < h ? held.profiles.get(g) : fresh.get(g - h);
        long[][] between = new long[n][];
        IntStream.range(0, n).parallel().forEach(i -> between[i] = candidates(held.blocks, keyed.get(i)));
        int count = Arrays.stream(between).mapToInt(x -> x.length).sum();
        Candidates within = Blocking.within(fresh);
        int total = count + within.size();
        int[] a = new int[total];
        int[] b = new int[total];
        short[] keys = new short[total];
        for (int i = 0, k = 0; i < n; i++) {
            for (long e : between[i]) {
                a[k] = h + i;
                b[k] = (int) (e >>> 16);
                keys[k++] = (short) e;
            }
        }
        for (int k = 0; k < within.size(); k++) {
            a[count + k] = h + (int) (within.pairs()[k] >>> 32);
            b[count + k] = h + (int) within.pairs()[k];
            keys[count + k] = within.keys()[k];
        }
        byte[] levels = new byte[total * FIELDS];
        IntStream.range(0, total).parallel().forEach(k -> {
            byte[] out = new byte[FIELDS];
            Comparison.levels(at.apply(a[k]), at.apply(b[k]), out);
            System.arraycopy(out, 0, levels, k * FIELDS, FIELDS);
        });
        // u from random pairs that blocking did not make candidates: in a small universe the few true pairs would
        // otherwise be a large share of the sample and make agreeing look common.
        java.util.Set<Long> blocked = new java.util.HashSet<>();
        for (int k = 0; knownU == null && k < total; k++) {
            blocked.add(((long) a[k] << 32) | b[k]);
        }
        Model model = h > 0
                ? train(Arrays.copyOf(levels, count * FIELDS), Arrays.copyOf(keys, count), n, h, false,
                        (i, j, out) -> levelsUnlessBlocked(blocked, h + i, j, at, out), knownU)
                : train(levels, keys, n, n, true, (i, j, out) -> levelsUnlessBlocked(blocked, h + i, h + j, at, out),
                        null);
        Scorer scorer = new Scorer(model, new TermFrequencies(List.of(fresh, held.profiles)));
        double[] p = new double[total];
        IntStream.range(0, total).parallel().forEach(k -> p[k] = Contradiction.between(at.apply(a[k]), at.apply(b[k]))
                ? 0 : Model.probability(scorer.weigh(at.apply(a[k]), at.apply(b[k]),
                        Arrays.copyOfRange(levels, k * FIELDS, (k + 1) * FIELDS), new double[FIELDS])));
        int[] kept = IntStream.range(0, total).filter(k -> p[k] >= settings.reviewThreshold()).toArray();
        return new Scored(pick(a, kept), pick(b, kept), Arrays.stream(kept).mapToDouble(k -> p[k]).toArray(), scorer,
                h > 0 ? model.u() : null);
    }

    /** The levels of a random pair for u, or all "missing" (weighing nothing) when blocking made it a candidate. */
    private static void levelsUnlessBlocked(java.util.Set<Long> blocked, int x, int y, IntFunction<Profile> at,
                                            byte[] out) {
        if (blocked.contains(((long) x << 32) | y) || blocked.contains(((long) y << 32) | x)) {
            Arrays.fill(out, (byte) 0);
        } else {
            Comparison.levels(at.apply(x), at.apply(y), out);
        }
    }

    /** The probability and the per-field reasons for one pair. */
    static Explained explain(Scorer scorer, Profile x, Profile y) {
        byte[] levels = new byte[FIELDS];
        Comparison.levels(x, y, levels);
        double[] weights = new double[FIELDS];
        double odds = scorer.weigh(x, y, levels, weights);
        return new Explained(Model.probability(odds), Explanation.of(scorer.model().priorWeight(), levels, weights));
    }

    /** A pair's probability and explanation. */
    record Explained(double probability, Explanation explanation) {
    }

    /** A model for held rows alone (after a restart, before any list was added): their duplicates, on a sample. */
    static Scorer scorerOf(List<Profile> held, int sample) {
        List<Profile> some = new ArrayList<>();
        int step = Math.max(1, held.size() / Math.max(1, sample));
        for (int i = 0; i < held.size(); i += step) {
            some.add(held.get(i));
        }
        Candidates c = Blocking.within(some);
        byte[] levels = new byte[c.size() * FIELDS];
        for (int k = 0; k < c.size(); k++) {
            byte[] out = new byte[FIELDS];
            Comparison.levels(some.get((int) (c.pairs()[k] >>> 32)), some.get((int) c.pairs()[k]), out);
            System.arraycopy(out, 0, levels, k * FIELDS, FIELDS);
        }
        Model model = train(levels, c.keys(), some.size(), some.size(), true,
                (i, j, out) -> Comparison.levels(some.get(i), some.get(j), out), null);
        return new Scorer(model, new TermFrequencies(List.of(held)));
    }

    private static Model train(byte[] levels, short[] keys, int left, int right, boolean within,
                               Estimation.PairLevels compare, double[][] knownU) {
        double allPairs = within ? left * (left - 1.0) / 2 : (double) left * right;
        int samples = (int) Math.min(U_SAMPLES, Math.max(20_000, 20 * allPairs));
        double[][] u = knownU != null ? knownU : RandomPairs.u(left, right, within, compare, samples, SEED);
        return Training.train(levels, keys, Blocking.keyFields(), u, Math.max(1, allPairs),
                Math.max(1, Math.min(left, right)));
    }

    /** A new row's candidates among the held rows: {@code heldRow << 16 | key mask}, one per held row. */
    private static long[] candidates(Blocks blocks, Blocks.Keyed p) {
        List<Long> found = new ArrayList<>();
        blocks.candidates(p, (row, key) -> found.add(((long) row << 16) | (key < 0 ? 0 : 1L << key)));
        long[] e = found.stream().mapToLong(Long::longValue).sorted().toArray();
        int m = 0;
        for (int i = 0; i < e.length; i++) {
            if (m > 0 && e[m - 1] >>> 16 == e[i] >>> 16) {
                e[m - 1] |= e[i] & 0xFFFF;
            } else {
                e[m++] = e[i];
            }
        }
        return Arrays.copyOf(e, m);
    }

    private static int[] pick(int[] x, int[] kept) {
        return Arrays.stream(kept).map(k -> x[k]).toArray();
    }
}
