package org.repatria.match.score;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class CodeTableTest {
    @Test
    void givesEachCodeItsFirstPlaceAsAHashMapWouldPastManyGrowths() {
        SplittableRandom rng = new SplittableRandom(7);
        CodeTable table = new CodeTable();
        Map<Long, Integer> expected = new HashMap<>();
        for (int i = 0; i < 50_000; i++) {
            // Codes whose low bits are all alike, as pattern codes of a few fields are.
            long code = (long) rng.nextInt(1 << 20) << 27;
            assertThat(table.put(code, i)).isEqualTo(expected.putIfAbsent(code, i) == null);
        }
        expected.forEach((code, place) -> assertThat(table.place(code)).isEqualTo(place));
        assertThat(table.codes()).hasSize(expected.size()).doesNotHaveDuplicates();
    }

    @Test
    void answersMinusOneForACodeNeverPutAndHoldsCodeZero() {
        CodeTable table = new CodeTable();
        assertThat(table.add(0)).isTrue();
        assertThat(table.add(0)).isFalse();
        assertThat(table.place(1)).isEqualTo(-1);
        assertThat(table.codes()).containsExactly(0L);
    }
}
