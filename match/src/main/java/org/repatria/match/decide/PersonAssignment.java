package org.repatria.match.decide;

import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

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
        Map<Long, Double> best = new HashMap<>();
        for (int k = 0; k < pairs.length; k++) {
            best.merge(persons(pairs[k], leftPerson, rightPerson), scores[k], Math::max);
        }
        long[] personPairs = best.entrySet().stream().filter(e -> e.getValue() >= threshold).mapToLong(Map.Entry::getKey)
                .toArray();
        double[] scoresOfPersons = Arrays.stream(personPairs).mapToDouble(best::get).toArray();
        BitSet wonPersons = Assignment.oneToOne(personPairs, scoresOfPersons);
        Set<Long> won = new HashSet<>();
        wonPersons.stream().forEach(i -> won.add(personPairs[i]));
        BitSet matched = new BitSet(pairs.length);
        for (int k = 0; k < pairs.length; k++) {
            if (won.contains(persons(pairs[k], leftPerson, rightPerson))) {
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
        Map<Integer, Integer> bestOf = new HashMap<>();
        Map<Integer, Double> bestScore = new HashMap<>();
        for (int k = 0; k < pairs.length; k++) {
            int row = left ? (int) (pairs[k] >>> 32) : (int) pairs[k];
            int other = left ? (int) pairs[k] : (int) (pairs[k] >>> 32);
            if (scores[k] >= threshold && scores[k] > bestScore.getOrDefault(row, -1.0)) {
                bestScore.put(row, scores[k]);
                bestOf.put(row, other);
            }
        }
        Map<Integer, Set<Integer>> rows = new HashMap<>();
        bestOf.forEach((row, other) -> rows.computeIfAbsent(other, x -> new TreeSet<>()).add(row));
        Set<Long> out = new TreeSet<>();
        for (Set<Integer> same : rows.values()) {
            for (int i : same) {
                for (int j : same) {
                    if (i < j) {
                        out.add(((long) i << 32) | j);
                    }
                }
            }
        }
        return out.stream().mapToLong(Long::longValue).toArray();
    }

    private static long persons(long pair, int[] leftPerson, int[] rightPerson) {
        return ((long) leftPerson[(int) (pair >>> 32)] << 32) | rightPerson[(int) pair];
    }
}
