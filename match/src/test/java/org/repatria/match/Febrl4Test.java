package org.repatria.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * FEBRL4 (Febrl synthetic data, 5,000 × 5,000, one true pair per record; shared/data/febrl4, see its SOURCE.md),
 * with the matcher's defaults: no tuning for this data. Fields map as: given_name, surname, date_of_birth,
 * soc_sec_id → identifier, suburb → place, street_number + address_1 + address_2 + postcode → address. Splink 4's published demo reaches F1 0.999 at probability 0.5.
 */
class Febrl4Test {

    @Test
    void linksFebrl4AtLeastAsWellAsSplinkOnDefaults() throws IOException {
        assertThat(f1("with address", true)).isGreaterThanOrEqualTo(0.999);
    }

    @Test
    void linksFebrl4OnThePersonFieldsAloneWithF1AboveNinetyNinePointEight() throws IOException {
        assertThat(f1("no address", false)).isGreaterThanOrEqualTo(0.998);
    }

    private static double f1(String run, boolean withAddress) throws IOException {
        Path dir = data().resolve("febrl4");
        List<PersonRecord> left = read(dir.resolve("dataset4a.csv"), withAddress);
        List<PersonRecord> right = read(dir.resolve("dataset4b.csv"), withAddress);
        Set<String> truth = new HashSet<>();
        for (String line : Files.readAllLines(dir.resolve("truth.csv")).subList(1, 5001)) {
            truth.add(line.strip());
        }

        Linkage linkage = new Matcher(Settings.DEFAULT).link(left, right);

        long found = linkage.matches().stream().filter(l -> truth.contains(l.leftId() + "," + l.rightId())).count();
        long predicted = linkage.matches().size();
        double precision = found / (double) predicted;
        double recall = found / (double) truth.size();
        double f1 = 2 * precision * recall / (precision + recall);
        System.out.printf("FEBRL4 (%s): candidates %d, predicted %d, true %d, precision %.4f, recall %.4f, F1 %.4f%n",
                run, linkage.candidatePairs(), predicted, found, precision, recall, f1);
        return f1;
    }

    /** Reads a FEBRL CSV (", " separated, blanks are missing). */
    static List<PersonRecord> read(Path file, boolean withAddress) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<PersonRecord> out = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",", -1);
            for (int i = 0; i < f.length; i++) {
                f[i] = f[i].strip();
            }
            out.add(new PersonRecord(f[0], f[2], f[1], "", "", f[9], f[6], f[10], "", withAddress ? String.join(" ", f[3], f[4], f[5], f[7]) : ""));
        }
        return out;
    }

    /** shared/data, found by walking up from the module directory. */
    static Path data() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve("shared/data"))) {
                return p.resolve("shared/data");
            }
        }
        throw new IllegalStateException("shared/data not found above " + Path.of("").toAbsolutePath());
    }
}
