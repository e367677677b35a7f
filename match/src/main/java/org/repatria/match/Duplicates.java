package org.repatria.match;

import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import org.repatria.match.compare.Comparison;
import org.repatria.match.compare.Field;
import org.repatria.match.compare.PartialDate;
import org.repatria.match.compare.Profile;

/**
 * When two rows of one list are taken for one person (docs/decisions/0153). A list's own model learns from pairs
 * within the list, where brothers and namesakes are as common as rows written twice, so its probability alone is not
 * enough. Two rows are surely one person when their pair scores at or above the match threshold, or at or above the
 * review threshold with the same military or document identifier; likely one person at or above the review
 * threshold, and then taken for one when both match one row of the other list
 * ({@link org.repatria.match.decide.PersonAssignment#sharing}); never when a surname, given name or identifier is
 * plainly different on the two rows, or their whole birth dates are more than a slip apart.
 */
final class Duplicates {
    private static final Field[] CONTRADICTING = {Field.SURNAME, Field.GIVEN_NAME, Field.IDENTIFIER};
    private static final int CHUNK = 1 << 12;
    private static final byte SURE = 1;
    private static final byte LIKELY = 2;

    /** Pairs ({@code i << 32 | j}, i &lt; j) of rows of one list surely, and likely, one person. */
    record Found(long[] sure, long[] likely) {
        static final Found NONE = new Found(new long[0], new long[0]);

        /** The sure pairs and those likely ones that are also in {@code sharing} (sorted). */
        long[] confirmedBy(long[] sharing) {
            return LongStream.concat(Arrays.stream(sure), Arrays.stream(likely)
                    .filter(p -> Arrays.binarySearch(sharing, p) >= 0)).toArray();
        }
    }

    private Duplicates() {
    }

    /** Sorts scored pairs of rows of one list into sure and likely the same person, leaving out the others. */
    static Found found(List<Profile> rows, long[] pairs, double[] probability, Settings settings) {
        // Each pair's verdict on all cores (none, sure, likely), then gathered in the pairs' order (docs/decisions/0170).
        byte[] verdict = new byte[pairs.length];
        IntStream.range(0, (pairs.length + CHUNK - 1) / CHUNK).parallel().forEach(c -> {
            byte[] levels = new byte[Comparison.fields()];
            for (int k = c * CHUNK, end = Math.min(pairs.length, k + CHUNK); k < end; k++) {
                if (probability[k] < settings.reviewThreshold()) {
                    continue;
                }
                Profile a = rows.get((int) (pairs[k] >>> 32));
                Profile b = rows.get((int) pairs[k]);
                if (!contradict(a, b, levels)) {
                    boolean sameIdentifier = !a.identifier().isEmpty() && a.identifier().equals(b.identifier());
                    verdict[k] = probability[k] >= settings.matchThreshold() || sameIdentifier ? SURE : LIKELY;
                }
            }
        });
        LongStream.Builder sure = LongStream.builder();
        LongStream.Builder likely = LongStream.builder();
        for (int k = 0; k < pairs.length; k++) {
            if (verdict[k] != 0) {
                int i = (int) (pairs[k] >>> 32);
                int j = (int) pairs[k];
                (verdict[k] == SURE ? sure : likely).add((long) Math.min(i, j) << 32 | Math.max(i, j));
            }
        }
        return new Found(sure.build().toArray(), likely.build().toArray());
    }

    private static boolean contradict(Profile a, Profile b, byte[] levels) {
        Comparison.levels(a, b, levels);
        for (Field f : CONTRADICTING) {
            if (levels[f.ordinal()] == f.levelCount() - 1) {
                return true;
            }
        }
        // Two whole dates months apart ("within a year") are two people: one date written twice differs by a slip.
        int date = levels[Field.BIRTH_DATE.ordinal()];
        return date == Field.BIRTH_DATE.levelCount() - 1 || date == Field.BIRTH_DATE.levelCount() - 2
                && a.birthDate().map(PartialDate::complete).orElse(false)
                && b.birthDate().map(PartialDate::complete).orElse(false);
    }
}
