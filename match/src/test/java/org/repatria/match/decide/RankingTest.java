package org.repatria.match.decide;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class RankingTest {
    @Test
    void theOrderIsThatOfTheStableBoxedSortByScoreThenPair() {
        Random random = new Random(3);
        int n = 5_000;
        long[] pairs = new long[n];
        double[] scores = new double[n];
        for (int i = 0; i < n; i++) {
            pairs[i] = (long) random.nextInt(40) << 32 | random.nextInt(40); // repeats: ties on the pair too
            scores[i] = random.nextInt(4) == 0 ? 0.5 : random.nextInt(20) / 19.0; // many equal scores, 0.0 and 1.0
        }
        scores[0] = -0.0;
        Integer[] boxed = IntStream.range(0, n).boxed().toArray(Integer[]::new);
        Arrays.sort(boxed, Comparator.comparingDouble((Integer i) -> -scores[i]).thenComparingLong(i -> pairs[i]));

        assertThat(Ranking.bestFirst(pairs, scores)).containsExactly(Arrays.stream(boxed).mapToInt(Integer::intValue).toArray());
    }
}
