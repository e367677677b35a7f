package org.repatria.kinship.likelihood;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.repatria.kinship.frequency.Locus;
import org.repatria.kinship.pedigree.Relationship;
import org.repatria.kinship.profile.Genotype;

/** The subpopulation correction in the one-relative closed forms (Balding–Nichols, NRC II 4.10). */
class ThetaTest {

    private final Locus locus = new Locus("L", List.of("a", "b", "c"), new double[] {0.1, 0.3, 0.6});

    @Test
    void homozygousFatherAndChildGiveTheSamplingFormulaPaternityIndex() {
        double theta = 0.03;
        Genotype aa = new Genotype(0, 0);
        // H1: the child's other allele is a, given a,a seen; H2: both its alleles are a, given a,a seen:
        // PI = 1 / P(a | a,a,a seen) = (1 + 2 theta) / (3 theta + (1 - theta) p)
        assertThat(ClosedForm.lr(aa, aa, locus, Relationship.PARENT_CHILD, theta))
                .isCloseTo((1 + 2 * theta) / (3 * theta + (1 - theta) * 0.1), within(1e-12));
    }

    @Test
    void identityUnderThetaIsOneOverTheNrcMatchProbability() {
        double theta = 0.02;
        for (Genotype g : List.of(new Genotype(0, 0), new Genotype(0, 2))) {
            assertThat(ClosedForm.lr(g, g, locus, Relationship.IDENTICAL, theta))
                    .isCloseTo(1 / DirectMatch.matchProbability(g, locus, theta), within(1e-9));
        }
    }

    @Test
    void thetaLowersTheLrOfASharedRareAllele() {
        Genotype ab = new Genotype(0, 1);
        Genotype ac = new Genotype(0, 2);
        assertThat(ClosedForm.lr(ab, ac, locus, Relationship.FULL_SIBLINGS, 0.03))
                .isLessThan(ClosedForm.lr(ab, ac, locus, Relationship.FULL_SIBLINGS, 0));
    }
}
