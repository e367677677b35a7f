package org.repatria.kinship.likelihood;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.repatria.kinship.frequency.Locus;
import org.repatria.kinship.mutation.MarkerMutation;
import org.repatria.kinship.mutation.MutationModel;
import org.repatria.kinship.pedigree.Family;
import org.repatria.kinship.pedigree.Relationship;
import org.repatria.kinship.profile.Genotype;

/** Properties of theta on the pedigree path: the closed forms agree, and merging unseen alleles changes nothing. */
class ThetaPedigreeTest {

    private static final long SEED = 20_261_207L;
    private static final double THETA = 0.02;
    private static final MarkerMutation NOT_MERGED = new MarkerMutation(new MutationModel.Stepwise(0, 0, 0.5),
            new MutationModel.Stepwise(0, 0, 0.5));
    private static final MarkerMutation LAZY = new MarkerMutation(new MutationModel.Proportional(0), new MutationModel.Proportional(0));

    @ParameterizedTest
    @CsvSource({"PARENT_CHILD,true", "PARENT_CHILD,false", "FULL_SIBLINGS,true", "HALF_SIBLINGS,true",
            "GRANDPARENT,true", "AVUNCULAR,true", "FIRST_COUSINS,true"})
    void pedigreePathWithThetaEqualsTheSamplingFormulaClosedForm(Relationship rel, boolean relativeIsParent) {
        Random random = new Random(SEED + rel.ordinal());
        Family family = Pedigrees.of(rel, relativeIsParent);
        int target = family.indexOf("M").orElseThrow();
        int relative = family.indexOf("R").orElseThrow();
        for (int trial = 0; trial < 100; trial++) {
            Locus locus = Pedigrees.randomLocus(random, 1 + random.nextInt(8));
            Genotype r = Pedigrees.randomGenotype(random, locus);
            Genotype v = Pedigrees.randomGenotype(random, locus);
            double pedigree = TargetPosterior.of(family, Map.of(relative, r), target,
                    new LocusModel(locus, MarkerMutation.NONE, THETA)).lr(v);
            assertThat(pedigree).as("seed %d trial %d %s v=%s r=%s", SEED + rel.ordinal(), trial, rel, v, r)
                    .isCloseTo(ClosedForm.lr(v, r, locus, rel, THETA), within(1e-12 * Math.max(1, pedigree)));
        }
    }

    @ParameterizedTest
    @CsvSource({"FULL_SIBLINGS", "HALF_SIBLINGS", "GRANDPARENT", "AVUNCULAR"})
    void mergedUnseenAllelesGiveTheSameLrsAsEveryAlleleApart(Relationship rel) {
        Random random = new Random(SEED * 31 + rel.ordinal());
        Family family = Pedigrees.of(rel, true);
        int target = family.indexOf("M").orElseThrow();
        int relative = family.indexOf("R").orElseThrow();
        for (int trial = 0; trial < 30; trial++) {
            Locus locus = Pedigrees.randomLocus(random, 3 + random.nextInt(3));
            Map<Integer, Genotype> evidence = Map.of(relative, Pedigrees.randomGenotype(random, locus));
            TargetPosterior merged = TargetPosterior.of(family, evidence, target, new LocusModel(locus, MarkerMutation.NONE, THETA));
            TargetPosterior lazy = TargetPosterior.of(family, evidence, target, new LocusModel(locus, LAZY, THETA));
            TargetPosterior apart = TargetPosterior.of(family, evidence, target, new LocusModel(locus, NOT_MERGED, THETA));
            for (int g = 0; g < locus.genotypeCount(); g++) {
                double expected = apart.lrAt(g);
                assertThat(merged.lrAt(g)).as("%s trial %d genotype %d", rel, trial, g).isCloseTo(expected, within(1e-12 * Math.max(1, expected)));
                assertThat(lazy.lrAt(g)).as("%s trial %d genotype %d", rel, trial, g).isCloseTo(expected, within(1e-12 * Math.max(1, expected)));
            }
        }
    }
}
