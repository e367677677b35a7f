package org.repatria.kinship.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.repatria.kinship.KinshipData;
import org.repatria.kinship.profile.Genotype;

/** Bad kinship files are refused with the file, row and field named; good ones read as written. */
class KinshipCsvTest {

    private static final String FREQUENCIES = "marker,allele,frequency\nL1,10,0.25\nL1,11,0.75\n";
    private static final String PROFILES = "sample_id,marker,allele1,allele2\nR1,L1,10,11\nV1,L1,11,\n";
    private static final String REMAINS = "sample_id,sex\nV1,1\n";
    private static final String PEDIGREES = "family_id,member_id,father_id,mother_id,sex,sample_id,missing\n"
            + "F1,R1,,,1,R1,0\nF1,MO,,,2,,0\nF1,M1,R1,MO,1,,1\n";

    @TempDir
    Path dir;

    private KinshipData read(String frequencies, String profiles, String remains, String pedigrees, OptionalDouble floor)
            throws IOException {
        Files.writeString(dir.resolve("frequencies.csv"), frequencies);
        Files.writeString(dir.resolve("profiles.csv"), profiles);
        Files.writeString(dir.resolve("remains.csv"), remains);
        Files.writeString(dir.resolve("pedigrees.csv"), pedigrees);
        return KinshipCsv.read(new KinshipCsv.Files(dir.resolve("frequencies.csv"), dir.resolve("profiles.csv"),
                dir.resolve("remains.csv"), dir.resolve("pedigrees.csv"), Optional.empty()), floor);
    }

    private KinshipData read(String frequencies, String profiles, String remains, String pedigrees) throws IOException {
        return read(frequencies, profiles, remains, pedigrees, OptionalDouble.empty());
    }

    @Test
    void oneAlleleGivenMeansAHomozygote() throws IOException {
        KinshipData data = read(FREQUENCIES, PROFILES, REMAINS, PEDIGREES);
        assertThat(data.profiles().get("V1").genotype("L1")).contains(new Genotype(1, 1));
    }

    @Test
    void markerUnknownToTheFrequencyTableIsRefusedNamingTheRow() {
        assertThatThrownBy(() -> read(FREQUENCIES, PROFILES + "V1,L9,10,11\n", REMAINS, PEDIGREES))
                .hasMessageContaining("profiles.csv: row 4, marker").hasMessageContaining("'L9' is not in the frequency table");
    }

    @Test
    void alleleOfFrequencyZeroIsRefusedNamingTheRow() {
        assertThatThrownBy(() -> read(FREQUENCIES + "L1,12,0\n", PROFILES, REMAINS, PEDIGREES))
                .hasMessageContaining("frequencies.csv: row 4, frequency").hasMessageContaining("frequency 0");
    }

    @Test
    void alleleMissingFromTheTableIsRefusedWithoutAFloor() {
        assertThatThrownBy(() -> read(FREQUENCIES, PROFILES.replace("V1,L1,11,", "V1,L1,13,"), REMAINS, PEDIGREES))
                .hasMessageContaining("profiles.csv: row 3, allele1").hasMessageContaining("allele 13");
    }

    @Test
    void alleleMissingFromTheTableIsAddedAtTheFloorWithANote() throws IOException {
        KinshipData data = read(FREQUENCIES, PROFILES.replace("V1,L1,11,", "V1,L1,13,"), REMAINS, PEDIGREES, OptionalDouble.of(0.01));
        var locus = data.frequencies().locus("L1").orElseThrow();
        assertThat(locus.frequency(locus.indexOf("13").orElseThrow())).isEqualTo(0.01 / 1.01);
        assertThat(data.notes()).singleElement().asString().contains("allele 13").contains("row 3");
    }

    @Test
    void pedigreeWithACycleIsRefusedNamingTheRow() {
        String cycle = PEDIGREES + "F2,A,B,MO,1,,0\nF2,B,A,MO,1,,1\nF2,MO,,,2,,0\n";
        assertThatThrownBy(() -> read(FREQUENCIES, PROFILES, REMAINS, cycle))
                .hasMessageContaining("pedigrees.csv: row 5").hasMessageContaining("cycle");
    }

    @Test
    void memberWithTwoFathersIsRefusedNamingTheRow() {
        String twice = PEDIGREES + "F1,M1,MO,R1,1,,1\n";
        assertThatThrownBy(() -> read(FREQUENCIES, PROFILES, REMAINS, twice))
                .hasMessageContaining("pedigrees.csv: row 4").hasMessageContaining("M1: listed twice");
    }

    @Test
    void fatherRecordedAsFemaleIsRefused() {
        String wrong = PEDIGREES.replace("F1,R1,,,1,R1,0", "F1,R1,,,2,R1,0");
        assertThatThrownBy(() -> read(FREQUENCIES, PROFILES, REMAINS, wrong))
                .hasMessageContaining("pedigrees.csv: row 4").hasMessageContaining("given as father but has the other sex");
    }

    @Test
    void profileOfASampleNoPedigreeNamesIsRefusedNamingItsRow() {
        assertThatThrownBy(() -> read(FREQUENCIES, PROFILES + "X9,L1,10,10\n", REMAINS, PEDIGREES))
                .hasMessageContaining("profiles.csv: row 4, sample_id").hasMessageContaining("X9 is neither in the remains list nor in any pedigree");
    }

    @Test
    void referenceSampleWithoutAProfileIsRefusedNamingThePedigreeRow() {
        assertThatThrownBy(() -> read(FREQUENCIES, PROFILES.replace("R1,L1,10,11\n", ""), REMAINS, PEDIGREES))
                .hasMessageContaining("pedigrees.csv: row 2, sample_id").hasMessageContaining("R1 has no profile");
    }

    @Test
    void badSexCodeIsRefusedNamingTheField() {
        assertThatThrownBy(() -> read(FREQUENCIES, PROFILES, "sample_id,sex\nV1,M\n", PEDIGREES))
                .hasMessageContaining("remains.csv: row 2, sex");
    }
}
