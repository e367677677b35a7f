package org.repatria.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code repatria identify --joint} on dvir's example datasets (shared/data/dvir-examples): the contract, the summary, refusals. */
class IdentifyJointCommandTest {

    @TempDir
    Path dir;

    private final StringWriter err = new StringWriter();

    private int joint(String dataset, String... extra) {
        Path data = dataset(dataset);
        List<String> args = new ArrayList<>(List.of("identify", "--joint",
                "--frequencies", data.resolve("frequencies.csv").toString(), "--profiles", data.resolve("profiles.csv").toString(),
                "--remains", data.resolve("remains.csv").toString(), "--pedigrees", data.resolve("pedigrees.csv").toString(),
                "--out", dir.resolve("out.csv").toString()));
        if (Files.exists(data.resolve("mutation.csv"))) {
            args.addAll(List.of("--mutations", data.resolve("mutation.csv").toString()));
        }
        args.addAll(List.of(extra));
        return new CommandLine(new Main()).setErr(new PrintWriter(err)).execute(args.toArray(String[]::new));
    }

    private static Path dataset(String name) {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            Path candidate = p.resolve("shared/data/dvir-examples").resolve(name);
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("shared/data/dvir-examples not found");
    }

    @Test
    void writesTheContractHeaderAndDvirsPosteriorsForExample2() throws IOException {
        assertThat(joint("example2")).isZero();
        // dvir tests/testthat/test-joint.R: Bmarginal(jointDVI(example2)) = 0.87931034, 0.94827586, 0.83333333
        assertThat(Files.readAllLines(dir.resolve("out.csv"))).containsExactly(
                "remains_id,family_id,missing_id,log10_lr,posterior,conclusion",
                "V1,F1,M1,0.000000,0.879310,inconclusive",
                "V2,F1,M2,0.698970,0.948276,inconclusive",
                "V3,F2,M3,0.698970,0.833333,inconclusive");
    }

    @Test
    void undisputedPairsComeFirstThenTheJointOnes() throws IOException {
        assertThat(joint("planecrash")).isZero();
        List<String> rows = Files.readAllLines(dir.resolve("out.csv"));
        assertThat(rows.subList(1, 4)).allSatisfy(r -> assertThat(r).endsWith(",1.000000,undisputed"));
        assertThat(rows.subList(1, 4)).extracting(r -> r.split(",")[0]).containsExactly("V2", "V4", "V6");
        assertThat(rows.subList(4, 6)).allSatisfy(r -> assertThat(r).endsWith(",probable"));
    }

    @Test
    void namesTheMissingPersonsThatStayUnidentified() {
        assertThat(joint("icmp")).isZero();
        assertThat(err.toString()).contains("7 missing persons stay unidentified")
                .contains("identify: unidentified: F1/M2 F1/M3 F1/M4 F1/M5 F1/M7 F1/M9 F1/M11");
    }

    @Test
    void aCaseTooBigForTheJointSearchIsRefusedNamingTheLimitAndWritesNothing() {
        assertThat(joint("fire", "--max-assignments", "10")).isEqualTo(1);
        assertThat(err.toString()).contains("more than 10 joint assignments (the limit, max assignments)")
                .contains("consider only pairs with a higher LR");
        assertThat(dir.resolve("out.csv")).doesNotExist();
    }
}
