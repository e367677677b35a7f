package org.repatria.kinship;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.repatria.kinship.csv.ExpectedRows;
import org.repatria.kinship.csv.KinshipCsv;
import org.repatria.kinship.pedigree.Family;
import org.repatria.kinship.search.Assignment;
import org.repatria.kinship.search.JointSearch;
import org.repatria.kinship.search.Target;

/**
 * Every row of ../shared/data/dvir-examples/expected.csv (answers published by the authors of dvir and
 * forrel, or computed with dvir 3.4.2): a row we support must match to a relative error under 1e-6, or
 * half a unit in the last printed digit when fewer digits were printed; a row we do not support is
 * reported as aborted with the reason.
 */
class PublishedExamplesTest {

    private static final Pattern LR = Pattern.compile("LR=(\\S+)");
    private static final Pattern GLR = Pattern.compile("GLR=(\\S+)");
    private static final Pattern LOGLIK = Pattern.compile("loglik=(\\S+)");
    private static final Pattern LR_VS_NULL = Pattern.compile("LR_vs_null=(\\S+)");

    @TempDir
    Path temp;

    private final Map<String, KinshipEngine> engines = new HashMap<>();
    private final Map<String, List<Assignment>> joints = new HashMap<>();

    @TestFactory
    Stream<DynamicTest> everySupportedPublishedFigureIsReproduced() {
        List<Map<String, String>> rows = ExpectedRows.read(SharedData.root().resolve("dvir-examples/expected.csv"));
        return rows.stream().map(row -> DynamicTest.dynamicTest(
                "row " + row.get("#row") + " " + row.get("dataset") + " " + row.get("quantity") + " "
                        + row.get("remains_id") + "=" + row.get("missing_id"),
                () -> check(row, rows)));
    }

    private void check(Map<String, String> row, List<Map<String, String>> all) throws IOException {
        String dataset = row.get("dataset");
        String quantity = row.get("quantity");
        String value = row.get("value");
        if (dataset.startsWith("forrel-") || dataset.equals("dvir-synthetic-trio")) {
            assertClose(tinyCase(row).pairwise("V", "F", "M").lr(), value);
        } else if (quantity.equals("pairwise_LR") || quantity.equals("pairwise_LR_nomutation")) {
            KinshipEngine e = engine(dataset, quantity.equals("pairwise_LR"));
            assertClose(e.pairwise(row.get("remains_id"), familyOf(dataset, row.get("missing_id")), row.get("missing_id")).lr(), value);
        } else if (quantity.equals("dviSolve_AM")) {
            checkDviSolve(row, all);
        } else if (quantity.equals("true_identity")) {
            var pair = engine(dataset, true).pairwise(row.get("remains_id"), familyOf(dataset, row.get("missing_id")), row.get("missing_id"));
            assertThat(pair.lr()).as("the true pairing is not excluded").isPositive();
            assertThat(pair.exclusions()).isZero();
        } else if (quantity.startsWith("joint") || quantity.equals("posterior_pairing_prob") || quantity.equals("GLR")) {
            checkJoint(row);
        } else {
            Assumptions.abort("unsupported quantity " + quantity);
        }
    }

    private void checkDviSolve(Map<String, String> row, List<Map<String, String>> all) {
        String dataset = row.get("dataset");
        String value = row.get("value");
        Matcher lr = LR.matcher(value);
        assertThat(lr.find()).isTrue();
        String missing = row.get("missing_id");
        String family = familyOf(dataset, missing);
        // dviSolve fixes the pairs it finds undisputed in step 1 (all from the first LR matrix), then computes the rest given them
        Map<String, String> undisputed = new HashMap<>();
        for (Map<String, String> other : all) {
            if (other.get("dataset").equals(dataset) && other.get("quantity").equals("dviSolve_AM")
                    && !value.contains("Step 1") && other.get("value").contains("Step 1")
                    && !other.get("missing_id").equals(missing) && familyOf(dataset, other.get("missing_id")).equals(family)) {
                undisputed.put(other.get("missing_id"), other.get("remains_id"));
            }
        }
        KinshipEngine e = engine(dataset, true);
        if (!row.get("remains_id").isEmpty()) {
            assertClose(e.pairwise(row.get("remains_id"), family, missing, undisputed).lr(), lr.group(1));
            checkGlr(dataset, value, family, missing, row.get("remains_id"), undisputed, "");
            return;
        }
        Map<String, Double> candidates = new HashMap<>();
        SharedData.load(dir(dataset), true).remains().stream().filter(r -> !undisputed.containsValue(r.sampleId()))
                .forEach(r -> candidates.put(r.sampleId(), e.pairwise(r.sampleId(), family, missing, undisputed).lr()));
        if (lr.group(1).equals("NA")) {
            assertThat(candidates.values()).as("no remains is compatible with " + missing).allMatch(x -> x == 0);
            return;
        }
        double expected = Double.parseDouble(lr.group(1));
        List<String> best = candidates.entrySet().stream()
                .filter(c -> Math.abs(c.getValue() - expected) <= tolerance(lr.group(1)) * expected).map(Map.Entry::getKey).toList();
        assertThat(best).as("dvir's LR for unmatched " + missing + " is that of one of the remaining samples").isNotEmpty();
        checkGlr(dataset, value, family, missing, "", undisputed, best.size() == 1 ? best.get(0) : "");
    }

    /** dviSolve's GLR: the joint search over the remaining remains, the step-1 pairs fixed. */
    private void checkGlr(String dataset, String value, String family, String missing, String named, Map<String, String> undisputed,
                          String sameLr) {
        String remains = named;
        Matcher glr = GLR.matcher(value);
        if (!glr.find() || glr.group(1).equals("NA")) {
            return;
        }
        Map<String, Target> fixed = new HashMap<>();
        undisputed.forEach((m, v) -> fixed.put(v, new Target(family, m)));
        List<Assignment> joint = engine(dataset, true).jointAssignments(fixed);
        if (remains.isEmpty()) {
            // an unmatched missing person: dvir's GLR is about its remains in the best joint assignment,
            // or else the remains whose LR it printed
            remains = joint.get(0).pairs().entrySet().stream().filter(e -> e.getValue().missingId().equals(missing))
                    .map(Map.Entry::getKey).findFirst().orElse(sameLr);
        }
        if (remains.isEmpty()) {
            Assumptions.abort("LR matched; no single remains to compute dviSolve's GLR for");
        }
        String victim = remains;
        boolean symmetric = value.contains("Symmetric match");
        assertClose(JointSearch.glr(joint, a -> a.pairs().containsKey(victim) && (a.pairs().get(victim).missingId().equals(missing)
                || symmetric && value.contains("matches " + a.pairs().get(victim).missingId() + " "))), glr.group(1));
    }

    private void checkJoint(Map<String, String> row) {
        String dataset = row.get("dataset");
        String value = row.get("value");
        List<Assignment> joint = joint(dataset);
        switch (row.get("quantity")) {
            case "joint_best_assignment" -> {
                Assignment best = joint.get(0);
                for (String pair : value.split(" ")[0].split(",")) {
                    String[] vm = pair.split("=");
                    assertThat(best.pairs().get(vm[0]).missingId()).isEqualTo(vm[1]);
                }
                assertClose(best.logLikelihood(), find(LOGLIK, value));
            }
            case "joint_best_loglik" -> {
                assertClose(joint.get(0).logLikelihood(), value.split(";")[0]);
                assertThat(joint).hasSize(Integer.parseInt(value.split(";")[1].strip().split(" ")[0]));
            }
            case "posterior_pairing_prob" -> {
                Optional<Target> target = row.get("missing_id").equals("*") ? Optional.empty()
                        : Optional.of(new Target(familyOf(dataset, row.get("missing_id")), row.get("missing_id")));
                assertClose(JointSearch.posterior(joint, row.get("remains_id"), target), value);
            }
            case "GLR" -> {
                String[] remains = row.get("remains_id").split("/");
                List<String> missing = Arrays.asList(row.get("missing_id").split("/"));
                double glr = JointSearch.glr(joint, a -> Arrays.stream(remains).allMatch(
                        v -> a.pairs().containsKey(v) && missing.contains(a.pairs().get(v).missingId())));
                assertClose(glr, value.split(" ")[0]);
            }
            default -> {
                Assignment a = assignment(joint, row.get("remains_id").split(","), row.get("missing_id").split(","));
                assertClose(a.logLikelihood(), find(LOGLIK, value));
                assertClose(a.lrVsNull(), find(LR_VS_NULL, value));
            }
        }
    }

    private static Assignment assignment(List<Assignment> joint, String[] remains, String[] missing) {
        return joint.stream().filter(a -> {
            for (int i = 0; i < remains.length; i++) {
                Target t = a.pairs().get(remains[i]);
                String got = t == null ? "*" : t.missingId();
                if (!got.equals(missing[i])) {
                    return false;
                }
            }
            return true;
        }).findFirst().orElseThrow();
    }

    private static String find(Pattern p, String text) {
        Matcher m = p.matcher(text);
        assertThat(m.find()).as(p + " in " + text).isTrue();
        return m.group(1);
    }

    /** Relative tolerance: 1e-6, or half a unit in the last significant digit printed. */
    private static double tolerance(String printed) {
        String digits = printed.replaceAll("[eE].*", "").replaceAll("[^0-9]", "").replaceFirst("^0+", "");
        return Math.max(1e-6, 0.5 * Math.pow(10, 1 - Math.max(1, digits.length())));
    }

    private static void assertClose(double actual, String printed) {
        double expected = Double.parseDouble(printed.strip());
        if (expected == 0) {
            assertThat(actual).isZero();
        } else {
            assertThat(actual).isCloseTo(expected, within(Math.abs(expected) * tolerance(printed.strip())));
        }
    }

    private static Path dir(String dataset) {
        return SharedData.root().resolve("dvir-examples").resolve(dataset);
    }

    private KinshipEngine engine(String dataset, boolean withMutation) {
        return engines.computeIfAbsent(dataset + withMutation, k -> new KinshipEngine(SharedData.load(dir(dataset), withMutation)));
    }

    private List<Assignment> joint(String dataset) {
        return joints.computeIfAbsent(dataset, d -> engine(d, true).jointAssignments());
    }

    private static String familyOf(String dataset, String missingId) {
        for (Family f : SharedData.load(dir(dataset), true).families()) {
            if (f.indexOf(missingId).isPresent()) {
                return f.id();
            }
        }
        throw new AssertionError("no family has " + missingId);
    }

    /** The forrel paternity cases and dvir's synthetic trio, written as a one-family case with the child missing. */
    private KinshipEngine tinyCase(Map<String, String> row) throws IOException {
        String dataset = row.get("dataset");
        Path dir = Files.createDirectories(temp.resolve(dataset + row.get("#row")));
        String profiles;
        String pedigree = "family_id,member_id,father_id,mother_id,sex,sample_id,missing\nF,fa,,,1,fa,0\n";
        if (dataset.equals("dvir-synthetic-trio")) {
            Files.writeString(dir.resolve("frequencies.csv"), "marker,allele,frequency\nL1,1,0.1\nL1,2,0.9\n");
            String v = row.get("model").startsWith("V=1/1") ? "1,1" : "2,2";
            profiles = "sample_id,marker,allele1,allele2\nfa,L1,1,2\nmo,L1,1,2\nV,L1," + v + "\n";
            pedigree += "F,mo,,,2,mo,0\n";
        } else {
            Path source = SharedData.root().resolve("forrel-tests").resolve(dataset.substring("forrel-".length()));
            Files.copy(source.resolve("frequencies.csv"), dir.resolve("frequencies.csv"));
            String marker = row.get("quantity").endsWith("_M1") ? "M1" : row.get("quantity").endsWith("_M2") ? "M2" : "";
            StringBuilder p = new StringBuilder("sample_id,marker,allele1,allele2\n");
            for (String line : Files.readAllLines(source.resolve("profiles.csv")).subList(1, Files.readAllLines(source.resolve("profiles.csv")).size())) {
                if (marker.isEmpty() || line.split(",")[1].equals(marker)) {
                    p.append(line.replaceFirst("^ch,", "V,")).append('\n');
                }
            }
            profiles = p.toString();
            pedigree += "F,mo,,,2,,0\n";
        }
        Files.writeString(dir.resolve("profiles.csv"), profiles);
        Files.writeString(dir.resolve("pedigrees.csv"), pedigree + "F,M,fa,mo,1,,1\n");
        Files.writeString(dir.resolve("remains.csv"), "sample_id,sex\nV,1\n");
        return new KinshipEngine(KinshipCsv.read(SharedData.files(dir, false), OptionalDouble.empty()));
    }
}
