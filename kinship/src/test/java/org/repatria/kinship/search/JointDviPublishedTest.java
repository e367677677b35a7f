package org.repatria.kinship.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.repatria.kinship.KinshipEngine;
import org.repatria.kinship.KinshipException;
import org.repatria.kinship.SharedData;

/**
 * The joint identification reproduces dvir's joint DVI (R package dvir 3.4.2, magnusdv/dvir@bedfb4a) on dvir's own
 * examples example2, fire, planecrash, grave, icmp and KETPchap481: each row of
 * src/test/resources/joint-dvi/expected.csv (SOURCE.md there) is a pair dvir identifies, its LR, its undisputed step
 * and, where dvir's tests state it, its posterior pairing probability.
 */
class JointDviPublishedTest {

    private final Map<String, JointResult> results = new HashMap<>();

    @TestFactory
    Stream<DynamicTest> everyPairDvirIdentifiesIsAssignedWithDvirsLrStepAndPosterior() throws IOException {
        return expected().stream().map(row -> DynamicTest.dynamicTest(
                row.get("dataset") + " threshold " + row.get("threshold") + " " + row.get("remains_id") + "=" + row.get("missing_id"),
                () -> {
                    JointRow got = result(row.get("dataset"), Double.parseDouble(row.get("threshold"))).rows().stream()
                            .filter(r -> r.remainsId().equals(row.get("remains_id"))).findFirst().orElseThrow();
                    assertThat(got.missingId()).isEqualTo(row.get("missing_id"));
                    double lr = Double.parseDouble(row.get("lr"));
                    assertThat(Math.pow(10, got.log10Lr())).isCloseTo(lr, within(lr * 1e-6));
                    assertThat(got.step()).isEqualTo(Integer.parseInt(row.get("step")));
                    assertThat(got.conclusion() == Conclusion.UNDISPUTED).isEqualTo(got.step() > 0);
                    if (!row.get("posterior").isEmpty()) {
                        assertThat(got.posterior()).isCloseTo(Double.parseDouble(row.get("posterior")), within(1e-8));
                    }
                }));
    }

    @Test
    void undisputedStepsFindNothingDvirDoesNot() throws IOException {
        for (String key : List.of("example2/5", "example2/2", "planecrash/10000", "grave/10000", "icmp/10000")) {
            String[] k = key.split("/");
            long dvir = expected().stream().filter(r -> r.get("dataset").equals(k[0]) && r.get("threshold").equals(k[1])
                    && !r.get("step").equals("0")).count();
            long ours = result(k[0], Double.parseDouble(k[1])).rows().stream().filter(r -> r.step() > 0).count();
            assertThat(ours).as(key).isEqualTo(dvir);
        }
    }

    @Test
    void fireIsOneGroupOfThe34AssignmentsOfDvirsJointTable() {
        JointResult fire = result("fire", 1e4);
        assertThat(fire.groups()).isEqualTo(1);
        assertThat(fire.assignments()).isEqualTo(34);
    }

    @Test
    void fullSiblingsThatCannotBeToldApartAreInconclusive() {
        List<JointRow> rows = result("fire", 1e4).rows();
        assertThat(rows).filteredOn(r -> !r.remainsId().equals("V1"))
                .allSatisfy(r -> {
                    assertThat(r.posterior()).isCloseTo(0.5, within(1e-3));
                    assertThat(r.conclusion()).isEqualTo(Conclusion.INCONCLUSIVE);
                });
    }

    @Test
    void missingPersonsWithoutRemainsStayUnidentified() {
        assertThat(result("icmp", 1e4).unidentified()).extracting(Target::missingId)
                .containsExactly("M2", "M3", "M4", "M5", "M7", "M9", "M11");
    }

    @Test
    void aGroupWithMoreAssignmentsThanTheLimitIsRefusedNamingIt() {
        KinshipEngine fire = new KinshipEngine(SharedData.load(SharedData.root().resolve("dvir-examples/fire"), true));
        assertThatThrownBy(() -> fire.identifyJointly(JointParameters.defaults().withMaxAssignments(33), JointProgress.none()))
                .isInstanceOf(JointTooLarge.class).hasMessageContaining("more than 33 joint assignments (the limit")
                .satisfies(e -> assertThat(((JointTooLarge) e).limitName()).isEqualTo("max_assignments"));
    }

    @Test
    void aHigherLimitKeepsFewerCandidatesAndSoFewerAssignments() {
        JointResult fire = new KinshipEngine(SharedData.load(SharedData.root().resolve("dvir-examples/fire"), true))
                .identifyJointly(JointParameters.defaults().withLimit(10), JointProgress.none());
        assertThat(fire.assignments()).isLessThan(34);
        assertThat(fire.rows()).anySatisfy(r -> assertThat(r.remainsId() + "=" + r.missingId()).isEqualTo("V1=M1"));
    }

    @Test
    void thetaAboveZeroIsRefusedUntilTheLikelihoodAppliesIt() {
        KinshipEngine e = new KinshipEngine(SharedData.load(SharedData.root().resolve("dvir-examples/example2"), true));
        JointParameters p = JointParameters.defaults();
        JointParameters theta = new JointParameters(p.threshold(), p.limit(), p.keep(), p.maxAssignments(), p.probable(), 0.01);
        assertThatThrownBy(() -> e.identifyJointly(theta, JointProgress.none())).isInstanceOf(KinshipException.class)
                .hasMessageContaining("theta");
    }

    private JointResult result(String dataset, double threshold) {
        return results.computeIfAbsent(dataset + "/" + threshold, k -> new KinshipEngine(
                SharedData.load(SharedData.root().resolve("dvir-examples").resolve(dataset), true))
                .identifyJointly(JointParameters.defaults().withThreshold(threshold), JointProgress.none()));
    }

    private static List<Map<String, String>> expected() throws IOException {
        List<Map<String, String>> rows = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(Objects.requireNonNull(
                JointDviPublishedTest.class.getResourceAsStream("/joint-dvi/expected.csv")), StandardCharsets.UTF_8))) {
            String[] header = in.readLine().split(",");
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                String[] cells = line.split(",", -1);
                Map<String, String> row = new HashMap<>();
                for (int i = 0; i < header.length; i++) {
                    row.put(header[i], cells[i]);
                }
                rows.add(row);
            }
        }
        return rows;
    }
}
