package org.repatria.kinship.mutation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.repatria.kinship.frequency.Locus;

/** The matrices follow pedmut's definitions: rows sum to 1, and the overall rate is the given rate. */
class MutationModelTest {

    private final Locus locus = new Locus("L", List.of("9", "10", "10.3", "11", "12"), new double[] {0.1, 0.3, 0.05, 0.35, 0.2});

    @Test
    void equalModelKeepsOneMinusRateAndSpreadsTheRestEvenly() {
        double[][] m = new MutationModel.Equal(0.04).matrix(locus);
        assertThat(m[1][1]).isEqualTo(0.96);
        assertThat(m[1][3]).isCloseTo(0.01, within(1e-15));
    }

    @Test
    void proportionalModelHasTheGivenExpectedRateAndKeepsFrequenciesStationary() {
        double[][] m = new MutationModel.Proportional(0.002).matrix(locus);
        double rate = 0;
        for (int i = 0; i < 5; i++) {
            rate += locus.frequency(i) * (1 - m[i][i]);
            double stationary = 0;
            for (int j = 0; j < 5; j++) {
                stationary += locus.frequency(j) * m[j][i];
            }
            assertThat(stationary).isCloseTo(locus.frequency(i), within(1e-15));
        }
        assertThat(rate).isCloseTo(0.002, within(1e-15));
    }

    @Test
    void stepwiseModelPrefersOneStepAndKeepsMicrovariantsApart() {
        double[][] m = new MutationModel.Stepwise(0.01, 0, 0.5).matrix(locus);
        for (double[] row : m) {
            assertThat(java.util.Arrays.stream(row).sum()).isCloseTo(1, within(1e-12));
        }
        assertThat(m[1][3]).isGreaterThan(m[1][4]);
        assertThat(m[1][2]).isZero();
        assertThat(m[2][2]).isEqualTo(1);
    }
}
