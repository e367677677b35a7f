package org.repatria.kinship.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.repatria.kinship.KinshipData;
import org.repatria.kinship.KinshipEngine;
import org.repatria.kinship.csv.KinshipCsv;

/**
 * Theta reaches the search: forrel's paternity case (fa = A/A, child A/A at M1 with A = 0.05 and M2 with A = 0.1; LR 200
 * without theta) gives, with theta, the Balding–Nichols paternity index (1 + 2 theta) / (3 theta + (1 - theta) p) per marker.
 */
class ThetaSearchTest {

    private static final double THETA = 0.02;

    @TempDir
    Path dir;
    private KinshipData data;

    @BeforeEach
    void write() throws IOException {
        Files.writeString(dir.resolve("frequencies.csv"), "marker,allele,frequency\nM1,A,0.05\nM1,B,0.95\nM2,A,0.1\nM2,B,0.9\n");
        Files.writeString(dir.resolve("profiles.csv"), "sample_id,marker,allele1,allele2\nfa,M1,A,A\nfa,M2,A,A\nV1,M1,A,A\nV1,M2,A,A\n");
        Files.writeString(dir.resolve("remains.csv"), "sample_id,sex\nV1,1\n");
        Files.writeString(dir.resolve("pedigrees.csv"), "family_id,member_id,father_id,mother_id,sex,sample_id,missing\n"
                + "P1,fa,,,1,fa,0\nP1,mo,,,2,,0\nP1,ch,fa,mo,1,,1\n");
        data = KinshipCsv.read(new KinshipCsv.Files(dir.resolve("frequencies.csv"), dir.resolve("profiles.csv"),
                dir.resolve("remains.csv"), dir.resolve("pedigrees.csv"), Optional.empty()), OptionalDouble.empty());
    }

    private static double pi(double p) {
        return (1 + 2 * THETA) / (3 * THETA + (1 - THETA) * p);
    }

    @Test
    void pairwiseLrWithoutThetaIsForrelsTwoHundred() {
        assertThat(new KinshipEngine(data).pairwise("V1", "P1", "ch").lr()).isCloseTo(200, within(1e-9));
    }

    @Test
    void pairwiseLrWithThetaIsTheSamplingFormulaPaternityIndexPerMarker() {
        PairResult r = new KinshipEngine(data, THETA).pairwise("V1", "P1", "ch");
        assertThat(r.markerLrs().get("M1")).isCloseTo(pi(0.05), within(1e-9));
        assertThat(r.lr()).isCloseTo(pi(0.05) * pi(0.1), within(1e-9));
    }

    @Test
    void searchRowsCarryTheSameLrAsThePairwiseLrWithTheta() {
        KinshipEngine engine = new KinshipEngine(data, THETA);
        assertThat(engine.search(0, Progress.none())).singleElement()
                .satisfies(m -> assertThat(m.log10Lr()).isCloseTo(Math.log10(pi(0.05) * pi(0.1)), within(1e-12)));
    }
}
