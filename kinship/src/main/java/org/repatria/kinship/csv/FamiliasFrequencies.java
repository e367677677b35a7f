package org.repatria.kinship.csv;

import java.nio.file.Path;
import java.util.Map;

/**
 * The frequency "list" format of Familias (and pedtools' {@code readFreqDatabase}): a marker name on a
 * line of its own, then one {@code allele<TAB or spaces>frequency} line per allele, a blank line between
 * markers. Read into rows with fields marker, allele, frequency; row numbers are line numbers.
 */
final class FamiliasFrequencies {

    private FamiliasFrequencies() {
    }

    static CsvFile read(Path path) {
        CsvFile file = CsvFile.named(path.getFileName().toString());
        String marker = "";
        int number = 0;
        for (String raw : CsvFile.text(path).split("\\R", -1)) {
            number++;
            String line = raw.strip();
            if (line.isEmpty()) {
                marker = "";
                continue;
            }
            String[] parts = line.split("\\s+");
            if (marker.isEmpty()) {
                if (parts.length != 1) {
                    throw new KinshipInputException(file.name, number, "marker",
                            "expected a marker name alone on its line (Familias list format), not '" + line + "'");
                }
                marker = line;
                continue;
            }
            if (parts.length != 2) {
                throw new KinshipInputException(file.name, number, "allele",
                        "expected 'allele frequency' for marker " + marker + ", not '" + line + "'");
            }
            file.rows.add(new CsvFile.Row(file, number, Map.of("marker", marker, "allele", parts[0], "frequency", parts[1])));
        }
        return file;
    }
}
