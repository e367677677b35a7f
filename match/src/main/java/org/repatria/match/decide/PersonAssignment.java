package org.repatria.match.decide;

import java.util.Arrays;
import java.util.BitSet;
import java.util.stream.IntStream;

/**
 * One-to-one between persons, not rows, for lists that may name a person twice: rows of one list found to be the
 * same person share a label; two persons (a left label and a right label) are scored by their best row pair; the
 * best pair of persons wins and takes both out of play ({@link Assignment} between persons); every row pair between two
 * winning persons is a match, so each row a list wrote twice gets its own line with its counterpart(s).
 */
public final class PersonAssignment {
    private PersonAssignment() {
    }

    /**
     * The row pairs (encoded {@code left << 32 | right}) decided as matches: those between a left and a right person
     * who won the contest with a best row pair at or above {@code threshold}.
     *
     * @param leftPerson  for each left row, its person's label (as {@link Clusters#labels})
     * @param rightPerson for each right row, its person's label
     */
    public static BitSet matched(long[] pairs, double[] scores, int[] leftPerson, int[] rightPerson, double threshold) {
        // The pairs of persons, distinct and ascending, and each row pair's place among them (primitive arrays: at a
        // million rows there are close to a million pairs, docs/decisions/0170).
        long[] persons = new long[pairs.length];
        IntStream.range(0, pairs.length).parallel().forEach(k -> persons[k] = persons(pairs[k], leftPerson, rightPerson));
        long[] distinct = persons.clone();
        Arrays.parallelSort(distinct);
        int d = 0;
        for (int k = 0; k < distinct.length; k++) {
            if (d == 0 || distinct[d - 1] != distinct[k]) {
                distinct[d++] = distinct[k];
            }
        }
        long[] personPairs = Arrays.copyOf(distinct, d);
        int[] slot = new int[pairs.length];
        IntStream.range(0, pairs.length).parallel().forEach(k -> slot[k] = Arrays.binarySearch(personPairs, persons[k]));
        double[] best = new double[d];
        Arrays.fill(best, Double.NEGATIVE_INFINITY);
        for (int k = 0; k < pairs.length; k++) {
            best[slot[k]] = Math.max(best[slot[k]], scores[k]);
        }
        int[] contested = IntStream.range(0, d).filter(s -> best[s] >= threshold).toArray();
        long[] contestants = Arrays.stream(contested).mapToLong(s -> personPairs[s]).toArray();
        double[] contestScores = Arrays.stream(contested).mapToDouble(s -> best[s]).toArray();
        BitSet wonPersons = Assignment.oneToOne(contestants, contestScores);
        boolean[] won = new boolean[d];
        wonPersons.stream().forEach(i -> won[contested[i]] = true);
        BitSet matched = new BitSet(pairs.length);
        for (int k = 0; k < pairs.length; k++) {
            if (won[slot[k]]) {
                matched.set(k);
            }
        }
        return matched;
    }

    /**
     * Pairs of rows of one list whose best match in the other list, at or above {@code threshold}, is the same row:
     * the other list's evidence that they may be one person (link and deduplicate at once). A row whose best match
     * is another row does not count, so a namesake that merely also resembles the row is not drawn in.
     *
     * @param pairs the scored pairs between the lists ({@code left << 32 | right})
     * @param left  whether to pair rows of the left list (else of the right)
     * @return pairs of rows of that list, {@code i << 32 | j} with i &lt; j, sorted, each once
     */
    public static long[] sharing(long[] pairs, double[] scores, double threshold, boolean left) {
        int rows = 0;
        for (long p : pairs) {
            rows = Math.max(rows, 1 + (left ? (int) (p >>> 32) : (int) p));
        }
        int[] bestOf = new int[rows];
        double[] bestScore = new double[rows];
        Arrays.fill(bestOf, -1);
        Arrays.fill(bestScore, -1.0);
        for (int k = 0; k < pairs.length; k++) {
            int row = left ? (int) (pairs[k] >>> 32) : (int) pairs[k];
            int other = left ? (int) pairs[k] : (int) (pairs[k] >>> 32);
            if (scores[k] >= threshold && scores[k] > bestScore[row]) {
                bestScore[row] = scores[k];
                bestOf[row] = other;
            }
        }
        // Each row under its best counterpart (other << 32 | row), sorted: a run of one counterpart is one group.
        long[] byOther = IntStream.range(0, rows).filter(r -> bestOf[r] >= 0)
                .mapToLong(r -> (long) bestOf[r] << 32 | r).sorted().toArray();
        long[] out = new long[16];
        int n = 0;
        for (int start = 0, end; start < byOther.length; start = end) {
            end = start + 1;
            while (end < byOther.length && byOther[end] >>> 32 == byOther[start] >>> 32) {
                end++;
            }
            for (int x = start; x < end; x++) {
                for (int y = x + 1; y < end; y++) {
                    if (n == out.length) {
                        out = Arrays.copyOf(out, 2 * n);
                    }
                    out[n++] = (byOther[x] & 0xFFFFFFFFL) << 32 | (int) byOther[y];
                }
            }
        }
        long[] sorted = Arrays.copyOf(out, n);
        Arrays.sort(sorted);
        return sorted;
    }

    private static long persons(long pair, int[] leftPerson, int[] rightPerson) {
        return ((long) leftPerson[(int) (pair >>> 32)] << 32) | rightPerson[(int) pair];
    }
}
