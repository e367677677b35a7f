package org.repatria.kinship.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.repatria.kinship.frequency.FrequencyTable;
import org.repatria.kinship.frequency.Locus;
import org.repatria.kinship.mutation.MarkerMutation;
import org.repatria.kinship.mutation.MutationModel;

/** The mutation file's optional stepwise columns (rate2, range) read as written; the old layout reads as before. */
class MutationCsvTest {

    private static final String OLD = "marker,model_female,rate_female,model_male,rate_male\n";
    private static final String EXTENDED = "marker,model_female,rate_female,model_male,rate_male,rate2_female,range_female,rate2_male,range_male\n";
    private final FrequencyTable table = new FrequencyTable(List.of(
            new Locus("D21S11", List.of("29", "30", "30.2", "31"), new double[] {0.2, 0.3, 0.1, 0.4})));

    @TempDir
    Path dir;

    private MarkerMutation read(String text) throws IOException {
        Path file = dir.resolve("mutations.csv");
        Files.writeString(file, text);
        return MutationCsv.read(file, table).get("D21S11");
    }

    @Test
    void oldLayoutStepwiseKeepsRangeHalfAndNoMicrovariantJumps() throws IOException {
        assertThat(read(OLD + "D21S11,stepwise,0.001,stepwise,0.003\n").male())
                .isEqualTo(new MutationModel.Stepwise(0.003, 0, 0.5));
    }

    @Test
    void extendedStepwiseColumnsGiveRate2AndRangePerSex() throws IOException {
        MarkerMutation m = read(EXTENDED + "D21S11,stepwise,0.001,stepwise,0.003,0.0001,0.4,0.0002,0.3\n");
        assertThat(m.female()).isEqualTo(new MutationModel.Stepwise(0.001, 0.0001, 0.4));
        assertThat(m.male()).isEqualTo(new MutationModel.Stepwise(0.003, 0.0002, 0.3));
    }

    @Test
    void emptyOptionalColumnsTakeTheDefaults() throws IOException {
        assertThat(read(EXTENDED + "D21S11,stepwise,0.001,equal,0.003,,,,\n").female())
                .isEqualTo(new MutationModel.Stepwise(0.001, 0, 0.5));
    }

    @Test
    void rate2OnANonStepwiseModelIsRefusedNamingTheField() {
        assertThatThrownBy(() -> read(EXTENDED + "D21S11,equal,0.001,equal,0.003,0.0001,,,\n"))
                .hasMessageContaining("row 2, rate2_female").hasMessageContaining("stepwise model only");
    }

    @Test
    void rate2ThatMakesTheTotalOverOneIsRefusedNamingTheField() {
        assertThatThrownBy(() -> read(EXTENDED + "D21S11,stepwise,0.001,stepwise,0.9,,,0.2,\n"))
                .isInstanceOf(KinshipInputException.class).hasMessageContaining("row 2, rate2_male");
    }

    @Test
    void rangeThatIsNotPositiveIsRefusedNamingTheField() {
        assertThatThrownBy(() -> read(EXTENDED + "D21S11,stepwise,0.001,stepwise,0.003,,0,,\n"))
                .hasMessageContaining("row 2, range_female").hasMessageContaining("(0, 100]");
    }
}
