package org.repatria.kinship.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.repatria.kinship.KinshipData;
import org.repatria.kinship.KinshipEngine;
import org.repatria.kinship.SharedData;
import org.repatria.kinship.frequency.Locus;
import org.repatria.kinship.likelihood.LocusModel;

/** Theta (Balding–Nichols) in the joint search: the same LRs as the pairwise search with that theta, in every term. */
class JointThetaTest {

    private static final double THETA = 0.02;

    private static KinshipData data(String dataset) {
        return SharedData.load(SharedData.root().resolve("dvir-examples").resolve(dataset), true);
    }

    @Test
    void withThetaEachPairsLrIsThePairwiseLrWithTheSameTheta() {
        KinshipData planecrash = data("planecrash");
        KinshipEngine engine = new KinshipEngine(planecrash, THETA);
        JointResult r = new KinshipEngine(planecrash).identifyJointly(JointParameters.defaults().withTheta(THETA), JointProgress.none());

        assertThat(r.rows()).hasSize(5).allSatisfy(row -> assertThat(row.log10Lr())
                .isCloseTo(engine.pairwise(row.remainsId(), row.familyId(), row.missingId()).log10Lr(), within(1e-9)));
        assertThat(r.rows().get(0).log10Lr()).isNotCloseTo(
                new KinshipEngine(planecrash).pairwise(r.rows().get(0).remainsId(), r.rows().get(0).familyId(),
                        r.rows().get(0).missingId()).log10Lr(), within(1e-6));
    }

    @Test
    void theEnginesThetaAppliesWhenTheParametersGiveNone() {
        KinshipData planecrash = data("planecrash");
        List<JointRow> byEngine = new KinshipEngine(planecrash, THETA).identifyJointly(JointParameters.defaults(), JointProgress.none()).rows();
        List<JointRow> byParameters = new KinshipEngine(planecrash)
                .identifyJointly(JointParameters.defaults().withTheta(THETA), JointProgress.none()).rows();

        assertThat(byEngine).isEqualTo(byParameters);
    }

    @Test
    void aFamilyMissingThreeIsSearchedJointlyWithThetaAndKeepsDvirsAnswer() {
        JointResult fire = new KinshipEngine(data("fire"), THETA).identifyJointly(JointParameters.defaults(), JointProgress.none());

        assertThat(fire.assignments()).isEqualTo(34);
        assertThat(fire.rows()).anySatisfy(r -> assertThat(r.remainsId() + "=" + r.missingId()).isEqualTo("V1=M1"));
        assertThat(fire.rows()).allSatisfy(r -> assertThat(r.posterior()).isBetween(0.0, 1.0));
    }

    @Test
    void aFamilyGivenOneRemainsWholeHasThatPairsLrWithTheta() {
        KinshipData fire = data("fire");
        List<LocusModel> loci = new ArrayList<>();
        for (Locus l : fire.frequencies().loci()) {
            loci.add(new LocusModel(l, fire.mutation(l.name()), THETA));
        }
        PairMatrix m = new PairMatrix(fire, loci);
        m.compute(IntStream.range(0, fire.families().size()).boxed().toList(), "pairs", JointProgress.none());
        FamilyTerms terms = new FamilyTerms(m);

        for (int r = 0; r < 3; r++) {
            for (int t = 0; t < 3; t++) {
                if (m.log10[r][t] > Double.NEGATIVE_INFINITY) {
                    assertThat(terms.lnLr(m.targetFamily[t], new int[] {t}, new int[] {r}))
                            .isCloseTo(Math.log(10) * m.log10[r][t], within(1e-7));
                }
            }
        }
    }
}
