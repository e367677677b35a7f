package org.repatria.kinship.likelihood;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.repatria.kinship.frequency.Locus;
import org.repatria.kinship.mutation.MarkerMutation;
import org.repatria.kinship.mutation.MutationModel;
import org.repatria.kinship.pedigree.Family;
import org.repatria.kinship.profile.Genotype;

/**
 * Pedigree likelihoods and LRs with theta > 0 against published values: pedprobr's tests (the likelihood engine of
 * forrel), Familias's documented Example 4 and the Balding–Nichols paternity index. Sources, commits and the
 * transcribed numbers: src/test/resources/published/theta/SOURCE.md.
 */
class ThetaPublishedTest {

    private static final Genotype AA = new Genotype(0, 0);
    private final Locus ab = new Locus("L", List.of("A", "B"), new double[] {0.3, 0.7});

    private static LocusModel model(Locus locus, MarkerMutation mutation, double theta) {
        return new LocusModel(locus, mutation, theta);
    }

    @Test
    void pedprobrLinearPedigreeOfTwoGenerationsGivesTheirPrintedLikelihood() {
        // pedprobr tests/testthat/test-theta-correction.R: linearPed(2), 5 = A/A, theta 0.01 -> 0.0921
        Family linear = Pedigrees.family("1 - - 1", "2 - - 2", "3 1 2 1", "4 - - 2", "5 3 4 1");
        double likelihood = PedigreeLikelihood.of(linear, Map.of(4, AA), model(ab, MarkerMutation.NONE, 0.01));
        assertThat(likelihood).isCloseTo(0.0921, within(1e-12));
    }

    @Test
    void pedprobrAncestralPedigreeOfTwoGenerationsGivesTheirPrintedLikelihood() {
        // pedprobr tests/testthat/test-theta-correction.R: ancestralPed(2), 7 = A/A, theta 0.01 -> 0.0921
        Family ancestral = Pedigrees.family("1 - - 1", "2 - - 2", "3 - - 1", "4 - - 2", "5 1 2 1", "6 3 4 2", "7 5 6 1");
        double likelihood = PedigreeLikelihood.of(ancestral, Map.of(6, AA), model(ab, MarkerMutation.NONE, 0.01));
        assertThat(likelihood).isCloseTo(0.0921, within(1e-12));
    }

    @Test
    void pedprobrLoopedPedigreeCountsTheTypedFounderOnce() {
        // pedprobr tests/testthat/test-loops.R: 1 = 1/1, p = 0.3, theta 0.05 -> p (theta + (1 - theta) p) = 0.3 * 0.335
        Family looped = Pedigrees.family("1 - - 1", "2 - - 2", "3 - - 2", "4 1 2 1", "5 1 3 2", "6 4 5 1");
        double likelihood = PedigreeLikelihood.of(looped, Map.of(0, AA), model(ab, MarkerMutation.NONE, 0.05));
        assertThat(likelihood).isCloseTo(0.1005, within(1e-12));
    }

    @Test
    void familiasExampleFourUntypedParentsChangeTheLikelihoodUnderTheta() {
        // Familias man/FamiliasPosterior.Rd, Example 4: son A/A, proportional rate 0.01, kinship 0.03
        double theta = 0.03;
        double pa = 0.3;
        double pb = 0.7;
        MarkerMutation proportional = new MarkerMutation(new MutationModel.Proportional(0.01), new MutationModel.Proportional(0.01));
        Family alone = Pedigrees.family("son - - 1");
        Family withParents = Pedigrees.family("AF - - 1", "mother - - 2", "son AF mother 1");
        double ped1 = PedigreeLikelihood.of(alone, Map.of(0, AA), model(ab, proportional, theta));
        double ped2 = PedigreeLikelihood.of(withParents, Map.of(2, AA), model(ab, proportional, theta));

        double k = 0.01 / (pa * pb + pb * pa);
        double mAA = 1 - k * pb;
        double mBA = k * pa;
        double prAA = pa * theta + pa * pa * (1 - theta);
        double prAB = 2 * pa * pb * (1 - theta);
        double prBB = pb * theta + pb * pb * (1 - theta);
        double expected2 = prAA * mAA * mAA + prAB * mAA * mBA + prBB * mBA * mBA;
        assertThat(ped1).isCloseTo(pa * theta + pa * pa * (1 - theta), within(1e-15));
        assertThat(ped2).isCloseTo(expected2, within(1e-15));
        assertThat(ped2 / ped1).as("LR ped2 : ped1").isCloseTo(expected2 / (pa * theta + pa * pa * (1 - theta)), within(1e-12));
    }

    @Test
    void paternityIndexWithoutTheMotherIsBaldingNicholsFormula() {
        // child a/b, alleged father a/a: PI = (1 + 2 theta) / (2 [2 theta + (1 - theta) p_a])
        double theta = 0.02;
        Locus locus = new Locus("L", List.of("a", "b", "c"), new double[] {0.1, 0.3, 0.6});
        Family paternity = Pedigrees.family("R - - 1", "X - - 2", "M R X 1");
        double pi = TargetPosterior.of(paternity, Map.of(0, AA), 2, model(locus, MarkerMutation.NONE, theta))
                .lr(new Genotype(0, 1));
        assertThat(pi).isCloseTo((1 + 2 * theta) / (2 * (2 * theta + (1 - theta) * 0.1)), within(1e-12));
    }
}
