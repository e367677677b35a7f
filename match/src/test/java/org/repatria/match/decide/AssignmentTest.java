package org.repatria.match.decide;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.BitSet;
import org.junit.jupiter.api.Test;

class AssignmentTest {
    private static long pair(int left, int right) {
        return ((long) left << 32) | right;
    }

    @Test
    void theBestPairWinsAndTakesBothPeopleOutOfPlay() {
        long[] pairs = {pair(0, 0), pair(0, 1), pair(1, 0)};
        double[] scores = {0.9, 0.95, 0.6};

        BitSet won = Assignment.oneToOne(pairs, scores);

        assertThat(won.get(1)).isTrue();
        assertThat(won.get(0)).isFalse();
        assertThat(won.get(2)).isTrue();
    }

    @Test
    void tiesAreBrokenTheSameWayEveryTime() {
        long[] pairs = {pair(0, 1), pair(0, 0)};
        double[] scores = {0.8, 0.8};

        assertThat(Assignment.oneToOne(pairs, scores)).isEqualTo(Assignment.oneToOne(pairs, scores));
        assertThat(Assignment.oneToOne(pairs, scores).cardinality()).isEqualTo(1);
    }
}
