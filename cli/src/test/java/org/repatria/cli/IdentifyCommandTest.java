package org.repatria.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code repatria identify} as DESIGN.md specifies it: the output contract, the threshold, and bad files. */
class IdentifyCommandTest {

    private static final String FREQUENCIES = "marker,allele,frequency\nM1,A,0.05\nM1,B,0.95\nM2,A,0.1\nM2,B,0.9\n";
    private static final String PROFILES = "sample_id,marker,allele1,allele2\nfa,M1,A,A\nfa,M2,A,A\n"
            + "V1,M1,A,A\nV1,M2,A,A\nV2,M1,B,B\nV2,M2,B,B\n";
    private static final String REMAINS = "sample_id,sex\nV1,1\nV2,\n";
    private static final String PEDIGREES = "family_id,member_id,father_id,mother_id,sex,sample_id,missing\n"
            + "P1,fa,,,1,fa,0\nP1,mo,,,2,,0\nP1,ch,fa,mo,1,,1\n";

    @TempDir
    Path dir;

    private final StringWriter err = new StringWriter();

    private int identify(String profiles, String... extra) throws IOException {
        Files.writeString(dir.resolve("f.csv"), FREQUENCIES);
        Files.writeString(dir.resolve("p.csv"), profiles);
        Files.writeString(dir.resolve("r.csv"), REMAINS);
        Files.writeString(dir.resolve("ped.csv"), PEDIGREES);
        List<String> args = new java.util.ArrayList<>(List.of("identify", "--frequencies", dir.resolve("f.csv").toString(),
                "--profiles", dir.resolve("p.csv").toString(), "--remains", dir.resolve("r.csv").toString(),
                "--pedigrees", dir.resolve("ped.csv").toString(), "--out", dir.resolve("out.csv").toString()));
        args.addAll(List.of(extra));
        return new CommandLine(new Main()).setErr(new PrintWriter(err)).execute(args.toArray(String[]::new));
    }

    @Test
    void writesTheContractHeaderAndOneRowPerPairAtOrAboveTheDefaultThreshold() throws IOException {
        assertThat(identify(PROFILES)).isZero();
        // forrel's paternity case: LR 20 x 10 = 200 for the son; the other body shares no allele with the father
        assertThat(Files.readAllLines(dir.resolve("out.csv"))).containsExactly(
                "remains_id,family_id,missing_id,log10_lr,exclusions",
                "V1,P1,ch,2.301030,0");
    }

    @Test
    void pairExcludedWithoutMutationIsReportedWithItsExclusionCountWhenMutationAllowsIt() throws IOException {
        Files.writeString(dir.resolve("mut.csv"), "marker,model_female,rate_female,model_male,rate_male\n"
                + "M1,equal,0.001,equal,0.001\nM2,equal,0.001,equal,0.001\n");
        assertThat(identify(PROFILES, "--mutations", dir.resolve("mut.csv").toString(), "--min-log10-lr", "-1000")).isZero();
        List<String> rows = Files.readAllLines(dir.resolve("out.csv"));
        assertThat(rows).hasSize(3);
        assertThat(rows.get(2)).startsWith("V2,P1,ch,-").endsWith(",2");
    }

    @Test
    void showsProgressOnStandardError() throws IOException {
        identify(PROFILES);
        assertThat(err.toString()).contains("1/1 families").contains("1 rows written");
    }

    @Test
    void badFileExitsWithOneAndNamesFileRowAndField() throws IOException {
        assertThat(identify(PROFILES + "V1,M9,A,A\n")).isEqualTo(1);
        assertThat(err.toString()).contains("identify: p.csv: row 8, marker: marker 'M9' is not in the frequency table");
        assertThat(dir.resolve("out.csv")).doesNotExist();
    }
}
