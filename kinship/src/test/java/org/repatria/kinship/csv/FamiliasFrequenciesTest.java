package org.repatria.kinship.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.repatria.kinship.frequency.FrequencyTable;

/** The Familias list format reads to the same table as the CSV, and its errors name the line. */
class FamiliasFrequenciesTest {

    @TempDir
    Path dir;

    @Test
    void listFormatReadsLikeTheCsv() throws IOException {
        Files.writeString(dir.resolve("db.txt"), "TH01\n6\t0.25\n9.3\t0.75\n\nTPOX\n8 0.5\n11 0.5\n");
        Files.writeString(dir.resolve("db.csv"), "marker,allele,frequency\nTH01,6,0.25\nTH01,9.3,0.75\nTPOX,8,0.5\nTPOX,11,0.5\n");
        FrequencyTable familias = KinshipCsv.frequencies(dir.resolve("db.txt"));
        FrequencyTable csv = KinshipCsv.frequencies(dir.resolve("db.csv"));
        assertThat(familias.loci()).hasSize(2);
        for (var locus : csv.loci()) {
            var other = familias.locus(locus.name()).orElseThrow();
            assertThat(other.frequencies()).containsExactly(locus.frequencies());
            assertThat(other.allele(1)).isEqualTo(locus.allele(1));
        }
    }

    @Test
    void lineThatIsNotAlleleAndFrequencyIsRefusedNamingIt() throws IOException {
        Files.writeString(dir.resolve("db.txt"), "TH01\n6\t0.25\t7\n");
        assertThatThrownBy(() -> KinshipCsv.frequencies(dir.resolve("db.txt"))).hasMessageContaining("db.txt: row 2, allele");
    }
}
