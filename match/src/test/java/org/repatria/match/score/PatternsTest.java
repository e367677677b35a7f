package org.repatria.match.score;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.repatria.match.compare.Field;

class PatternsTest {
    private static final int FIELDS = Field.values().length;
    /** More pairs than three of Patterns' chunks, so that several chunks write their slices. */
    private static final int PAIRS = 200_003;

    /** Level vectors drawn from a seed, each field's level within its count. */
    private static byte[] levels(long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        byte[] out = new byte[PAIRS * FIELDS];
        for (int p = 0; p < PAIRS; p++) {
            for (Field f : Field.values()) {
                out[p * FIELDS + f.ordinal()] = (byte) rng.nextInt(Math.min(3, f.levelCount()));
            }
        }
        return out;
    }

    private static short[] keys(long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        short[] keys = new short[PAIRS];
        for (int p = 0; p < PAIRS; p++) {
            keys[p] = (short) rng.nextInt(1 << 4);
        }
        return keys;
    }

    @Test
    void codesInChunksAreEachPairsCodeInOrder() {
        byte[] levels = levels(1);
        long[] codes = Patterns.codes(levels);
        for (int p = 0; p < PAIRS; p++) {
            assertThat(codes[p]).isEqualTo(Patterns.code(levels, p));
        }
    }

    @Test
    void indexedPointsEachPairAtItsOwnCodeAmongTheDistinctOnesAscending() {
        byte[] levels = levels(2);
        Patterns.Indexed indexed = Patterns.indexed(levels);
        long[] distinct = indexed.distinct();
        assertThat(distinct).isSorted().doesNotHaveDuplicates();
        assertThat(distinct).containsExactly(Arrays.stream(Patterns.codes(levels)).distinct().sorted().toArray());
        for (int p = 0; p < PAIRS; p++) {
            assertThat(distinct[indexed.index()[p]]).isEqualTo(Patterns.code(levels, p));
        }
    }

    @Test
    void selectKeepsTheKeysPairsInTheirOrderAsOneLoopWould() {
        byte[] levels = levels(3);
        short[] keys = keys(3);
        ByteArrayOutputStream loop = new ByteArrayOutputStream();
        for (int p = 0; p < PAIRS; p++) {
            if ((keys[p] & (1 << 2)) != 0) {
                loop.write(levels, p * FIELDS, FIELDS);
            }
        }
        assertThat(Patterns.select(levels, keys, 2)).isEqualTo(loop.toByteArray());
    }

    @Test
    void selectGivesNullWhenNoPairHasTheKey() {
        assertThat(Patterns.select(levels(4), keys(4), 9)).isNull();
    }
}
