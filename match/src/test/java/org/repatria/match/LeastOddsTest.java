package org.repatria.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.repatria.match.score.Model;

class LeastOddsTest {
    @Test
    void noOddsBelowTheLeastReachTheThreshold() {
        SplittableRandom random = new SplittableRandom(184);
        for (int n = 0; n < 20_000; n++) {
            double threshold = n < 10 ? n / 10.0 : random.nextDouble();
            double least = Matcher.leastOdds(threshold);
            double exact = Math.log(threshold / (1 - threshold)) / Math.log(2);
            for (double x : new double[]{least, Math.nextDown(least), exact - 1e-4, exact, exact + 1e-4, exact - random.nextDouble()}) {
                if (Model.probability(x) >= threshold) {
                    assertThat(x).isGreaterThanOrEqualTo(least);
                }
            }
        }
    }

    @Test
    void thresholdsAtTheEndsLeaveEveryPairToTheProbability() {
        assertThat(Matcher.leastOdds(0)).isEqualTo(Double.NEGATIVE_INFINITY);
        assertThat(Matcher.leastOdds(1)).isEqualTo(Double.NEGATIVE_INFINITY);
    }
}
