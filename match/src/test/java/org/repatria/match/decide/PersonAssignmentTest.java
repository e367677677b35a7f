package org.repatria.match.decide;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.BitSet;
import org.junit.jupiter.api.Test;

class PersonAssignmentTest {
    private static final double THRESHOLD = 0.5;

    private static long pair(int left, int right) {
        return ((long) left << 32) | right;
    }

    @Test
    void bothRowsOfAPersonWrittenTwiceMatchTheCounterpart() {
        long[] pairs = {pair(0, 0), pair(1, 0)};
        double[] scores = {0.99, 0.8};
        int[] leftPerson = {0, 0};

        BitSet matched = PersonAssignment.matched(pairs, scores, leftPerson, new int[] {0}, THRESHOLD);

        assertThat(matched.get(0)).isTrue();
        assertThat(matched.get(1)).isTrue();
    }

    @Test
    void aRowOfAWinningPersonMatchesEvenWhenItsOwnPairScoresBelowTheThreshold() {
        long[] pairs = {pair(0, 0), pair(1, 0)};
        double[] scores = {0.99, 0.2};

        BitSet matched = PersonAssignment.matched(pairs, scores, new int[] {0, 0}, new int[] {0}, THRESHOLD);

        assertThat(matched.get(1)).isTrue();
    }

    @Test
    void persons_notRows_contendAndTheLoserMatchesNothing() {
        // Left person 0 is rows 0 and 1; left person 2 is row 2; all want right row 0.
        long[] pairs = {pair(0, 0), pair(1, 0), pair(2, 0)};
        double[] scores = {0.9, 0.7, 0.95};

        BitSet matched = PersonAssignment.matched(pairs, scores, new int[] {0, 0, 2}, new int[] {0}, THRESHOLD);

        assertThat(matched.stream().toArray()).containsExactly(2);
    }

    @Test
    void twoPersonsWhoseBestPairIsBelowTheThresholdDoNotMatch() {
        long[] pairs = {pair(0, 0), pair(1, 0)};
        double[] scores = {0.4, 0.3};

        assertThat(PersonAssignment.matched(pairs, scores, new int[] {0, 0}, new int[] {0}, THRESHOLD).isEmpty())
                .isTrue();
    }

    @Test
    void rowsWhoseBestMatchIsTheSameRowOfTheOtherListArePaired() {
        long[] pairs = {pair(0, 5), pair(3, 5), pair(4, 6)};
        double[] scores = {0.9, 0.6, 0.9};

        assertThat(PersonAssignment.sharing(pairs, scores, THRESHOLD, true)).containsExactly(pair(0, 3));
        assertThat(PersonAssignment.sharing(pairs, scores, THRESHOLD, false)).isEmpty();
    }

    @Test
    void aRowThatMatchesAnotherRowBetterIsNotPairedWithThoseItAlsoResembles() {
        // Left row 1 also resembles right row 0 (0.6), but its best match is right row 1.
        long[] pairs = {pair(0, 0), pair(1, 0), pair(1, 1)};
        double[] scores = {0.99, 0.6, 0.99};

        assertThat(PersonAssignment.sharing(pairs, scores, THRESHOLD, true)).isEmpty();
    }
}
