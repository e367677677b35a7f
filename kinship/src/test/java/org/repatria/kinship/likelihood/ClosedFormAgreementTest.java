package org.repatria.kinship.likelihood;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.repatria.kinship.frequency.Locus;
import org.repatria.kinship.mutation.MarkerMutation;
import org.repatria.kinship.pedigree.Family;
import org.repatria.kinship.pedigree.Relationship;
import org.repatria.kinship.profile.Genotype;

/** Property: for every one-relative pedigree the exact pedigree path equals the closed form from IBD coefficients. */
class ClosedFormAgreementTest {

    private static final long SEED = 20_261_127L;

    @ParameterizedTest
    @CsvSource({"PARENT_CHILD,true", "PARENT_CHILD,false", "FULL_SIBLINGS,true", "HALF_SIBLINGS,true",
            "GRANDPARENT,true", "AVUNCULAR,true", "FIRST_COUSINS,true"})
    void pedigreePathEqualsClosedFormForOneRelative(Relationship rel, boolean relativeIsParent) {
        Random random = new Random(SEED + rel.ordinal());
        Family family = Pedigrees.of(rel, relativeIsParent);
        int target = family.indexOf("M").orElseThrow();
        int relative = family.indexOf("R").orElseThrow();
        for (int trial = 0; trial < 200; trial++) {
            Locus locus = Pedigrees.randomLocus(random, 1 + random.nextInt(8));
            Genotype r = Pedigrees.randomGenotype(random, locus);
            Genotype v = Pedigrees.randomGenotype(random, locus);
            double pedigree = TargetPosterior.of(family, Map.of(relative, r), target,
                    new LocusModel(locus, MarkerMutation.NONE)).lr(v);
            assertThat(pedigree).as("seed %d trial %d %s v=%s r=%s", SEED + rel.ordinal(), trial, rel, v, r)
                    .isCloseTo(ClosedForm.lr(v, r, locus, rel), within(1e-12 * Math.max(1, pedigree)));
        }
    }
}
