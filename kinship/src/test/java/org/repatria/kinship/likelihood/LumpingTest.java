package org.repatria.kinship.likelihood;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.BitSet;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.repatria.kinship.frequency.Locus;
import org.repatria.kinship.mutation.MarkerMutation;
import org.repatria.kinship.mutation.MutationModel;
import org.repatria.kinship.pedigree.Family;
import org.repatria.kinship.profile.Genotype;

/** Property: merging the alleles nobody carries into one state changes no likelihood, with or without mutation. */
class LumpingTest {

    private static final long SEED = 4_242L;

    /** Grandparents, two children, their spouses, a first-cousin marriage and its child (a loop). */
    private static final Family LOOPED = Pedigrees.family("GF - - 1", "GM - - 2", "A GF GM 1", "B GF GM 2", "SA - - 2",
            "SB - - 1", "C A SA 1", "D SB B 2", "M C D 1", "E C D 2");

    @ParameterizedTest
    @ValueSource(strings = {"none", "equal", "proportional"})
    void mergingUncarriedAllelesChangesNothing(String model) {
        Random random = new Random(SEED);
        for (int trial = 0; trial < 60; trial++) {
            Locus locus = Pedigrees.randomLocus(random, 4 + random.nextInt(10));
            LocusModel lm = new LocusModel(locus, mutation(model));
            Genotype[] evidence = new Genotype[LOOPED.size()];
            BitSet seen = new BitSet();
            for (String typed : new String[] {"GF", "C", "E"}) {
                Genotype g = Pedigrees.randomGenotype(random, locus);
                evidence[LOOPED.indexOf(typed).orElseThrow()] = g;
                seen.set(g.first());
                seen.set(g.second());
            }
            double merged = MarkerNetwork.solve(LOOPED, evidence, -1, lm, Lumping.of(locus, seen, true), new EliminationOrder())[0];
            double full = MarkerNetwork.solve(LOOPED, evidence, -1, lm, Lumping.of(locus, seen, false), new EliminationOrder())[0];
            assertThat(merged).as("seed %d trial %d", SEED, trial).isCloseTo(full, within(1e-12 * full));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"none", "proportional", "equal"})
    void tableOfTheMissingPersonAgreesWithTheFullLikelihoodRatio(String model) {
        Random random = new Random(SEED + 1);
        Family family = Pedigrees.family("F - - 1", "D - - 2", "R F D 1", "M F D 1", "S - - 2", "K R S 2");
        for (int trial = 0; trial < 40; trial++) {
            Locus locus = Pedigrees.randomLocus(random, 3 + random.nextInt(8));
            LocusModel lm = new LocusModel(locus, mutation(model));
            Genotype r = Pedigrees.randomGenotype(random, locus);
            Genotype k = new Genotype(random.nextBoolean() ? r.first() : r.second(), random.nextInt(locus.size()));
            Genotype v = Pedigrees.randomGenotype(random, locus);
            int rIdx = family.indexOf("R").orElseThrow();
            int kIdx = family.indexOf("K").orElseThrow();
            int m = family.indexOf("M").orElseThrow();
            double table = TargetPosterior.of(family, java.util.Map.of(rIdx, r, kIdx, k), m, lm).lr(v);
            double with = PedigreeLikelihood.of(family, java.util.Map.of(rIdx, r, kIdx, k, m, v), lm);
            double without = PedigreeLikelihood.of(family, java.util.Map.of(rIdx, r, kIdx, k), lm);
            double direct = with / without / lm.hardyWeinberg(v);
            assertThat(table).as("seed %d trial %d", SEED + 1, trial).isCloseTo(direct, within(1e-12 * Math.max(1, direct)));
        }
    }

    private static MarkerMutation mutation(String model) {
        MutationModel m = switch (model) {
            case "equal" -> new MutationModel.Equal(0.01);
            case "proportional" -> new MutationModel.Proportional(0.01);
            default -> new MutationModel.None();
        };
        return new MarkerMutation(m, m);
    }
}
