package org.repatria.match.block;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class KeyHashTest {
    @Test
    void aValueFedPieceByPieceHashesAsItsWholeText() {
        long pieces = KeyHash.add(KeyHash.add(KeyHash.add(KeyHash.add(KeyHash.START, 3), '|'), "kovalchuk"), '|');
        assertThat(KeyHash.finish(KeyHash.add(pieces, 1998))).isEqualTo(KeyHash.of("3|kovalchuk|1998"));
    }

    @Test
    void numbersAreFedAsIntegerToStringWritesThem() {
        for (int n : new int[] {0, 7, 10, 1998, -42, Integer.MAX_VALUE, Integer.MIN_VALUE}) {
            assertThat(KeyHash.finish(KeyHash.add(KeyHash.START, n))).as("%d", n).isEqualTo(KeyHash.of(Integer.toString(n)));
        }
    }

    @Test
    void aHashHasFortyBits() {
        assertThat(KeyHash.of("3|kovalchuk|1998") >>> 40).isZero();
    }
}
