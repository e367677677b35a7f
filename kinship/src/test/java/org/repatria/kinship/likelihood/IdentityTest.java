package org.repatria.kinship.likelihood;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.repatria.kinship.frequency.FrequencyTable;
import org.repatria.kinship.frequency.Locus;
import org.repatria.kinship.mutation.MarkerMutation;
import org.repatria.kinship.pedigree.Family;
import org.repatria.kinship.pedigree.Member;
import org.repatria.kinship.pedigree.Relationship;
import org.repatria.kinship.pedigree.Sex;
import org.repatria.kinship.profile.Genotype;
import org.repatria.kinship.profile.Profile;

/** A body against its own reference profile, as "identical", gives 1 / match probability. */
class IdentityTest {

    private static final long SEED = 77L;

    @Test
    void bodyAgainstItsOwnDirectReferenceGivesOneOverMatchProbability() {
        Random random = new Random(SEED);
        Family family = new Family("F", List.of(new Member("M", Optional.empty(), Optional.empty(), Sex.MALE,
                Optional.of("toothbrush"), true)));
        for (int trial = 0; trial < 100; trial++) {
            Locus locus = Pedigrees.randomLocus(random, 1 + random.nextInt(12));
            Genotype g = Pedigrees.randomGenotype(random, locus);
            double lr = TargetPosterior.of(family, Map.of(0, g), 0, new LocusModel(locus, MarkerMutation.NONE)).lr(g);
            assertThat(lr).as("seed %d trial %d", SEED, trial)
                    .isCloseTo(1 / DirectMatch.matchProbability(g, locus, 0), within(1e-9 * lr))
                    .isCloseTo(ClosedForm.lr(g, g, locus, Relationship.IDENTICAL), within(1e-9 * lr));
        }
    }

    @Test
    void directMatchMultipliesOverSharedMarkersAndIsZeroOnAnyDifference() {
        Locus a = new Locus("A", List.of("1", "2"), new double[] {0.1, 0.9});
        Locus b = new Locus("B", List.of("1", "2"), new double[] {0.5, 0.5});
        FrequencyTable table = new FrequencyTable(List.of(a, b));
        Profile body = new Profile("V", Map.of("A", new Genotype(0, 0), "B", new Genotype(0, 1)));
        Profile same = new Profile("R", Map.of("A", new Genotype(0, 0), "B", new Genotype(1, 0)));
        Profile other = new Profile("X", Map.of("A", new Genotype(0, 1), "B", new Genotype(0, 1)));
        assertThat(DirectMatch.lr(body, same, table, 0)).isCloseTo(100 * 2, within(1e-9));
        assertThat(DirectMatch.lr(body, other, table, 0)).isZero();
    }

    @Test
    void thetaRaisesTheMatchProbabilityAsNrcTwoFormulaFourTenSays() {
        Locus a = new Locus("A", List.of("1", "2"), new double[] {0.1, 0.9});
        // 4.10a with p = 0.1, theta = 0.01: (0.02 + 0.099)(0.03 + 0.099) / (1.01 * 1.02)
        assertThat(DirectMatch.matchProbability(new Genotype(0, 0), a, 0.01))
                .isCloseTo(0.119 * 0.129 / (1.01 * 1.02), within(1e-15))
                .isGreaterThan(0.01);
    }
}
