package org.repatria.kinship.mutation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.repatria.kinship.KinshipException;
import org.repatria.kinship.frequency.Locus;

/**
 * The extended stepwise matrix against pedmut's published examples (README, recreating Simonsson and Mostad 2015,
 * section 2.1.3; and its unit test); numbers transcribed in src/test/resources/published/theta/SOURCE.md.
 */
class StepwisePublishedTest {

    private static Locus locus(String... alleles) {
        double[] f = new double[alleles.length];
        java.util.Arrays.fill(f, 1.0 / alleles.length);
        return new Locus("L", List.of(alleles), f);
    }

    private static void assertMatrix(double[][] actual, double[][] expected, double tolerance) {
        for (int i = 0; i < expected.length; i++) {
            for (int j = 0; j < expected.length; j++) {
                assertThat(actual[i][j]).as("row %d column %d", i, j).isCloseTo(expected[i][j], within(tolerance));
            }
        }
    }

    @Test
    void simonssonMostadMatrixWithMicrovariantsMatchesPedmutReadme() {
        double[][] m = new MutationModel.Stepwise(0.003, 0.001, 0.5).matrix(locus("16", "17", "18", "16.1", "17.1"));
        double third = 0.0003333333;
        assertMatrix(m, new double[][] {
            {0.996, 0.002, 0.001, 0.0005, 0.0005},
            {0.0015, 0.996, 0.0015, 0.0005, 0.0005},
            {0.001, 0.002, 0.996, 0.0005, 0.0005},
            {third, third, third, 0.996, 0.003},
            {third, third, third, 0.003, 0.996}}, 5e-11);
    }

    @Test
    void lonelyMicrovariantKeepsOneMinusRate2AsPedmutsUnitTest() {
        double[][] m = new MutationModel.Stepwise(0.6, 0.3, 0.5).matrix(locus("1", "1.5", "2", "3"));
        // pedmut tests/testthat/test-mutationMatrix.R, matrix filled by column
        assertMatrix(m, new double[][] {
            {.1, .3, .4, .2},
            {.1, .7, .1, .1},
            {.3, .3, .1, .3},
            {.2, .3, .4, .1}}, 1e-12);
    }

    @Test
    void singleAlleleNeverMutates() {
        assertThat(new MutationModel.Stepwise(0.01, 0.001, 0.5).matrix(locus("9.3"))[0][0]).isEqualTo(1);
    }

    @Test
    void ratesSummingOverOneAreRefused() {
        assertThatThrownBy(() -> new MutationModel.Stepwise(0.8, 0.3, 0.5)).isInstanceOf(KinshipException.class)
                .hasMessageContaining("at most 1");
    }
}
