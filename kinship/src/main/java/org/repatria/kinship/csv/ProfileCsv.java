package org.repatria.kinship.csv;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.repatria.kinship.frequency.FrequencyTable;
import org.repatria.kinship.frequency.Locus;
import org.repatria.kinship.profile.Genotype;
import org.repatria.kinship.profile.Profile;

/**
 * {@code sample_id,marker,allele1,allele2}: one allele alone means a homozygote; both empty means the
 * marker was not typed. Returns the profiles, the table (perhaps with floor alleles added) and the first
 * row of each sample, for later cross-checks.
 */
record ProfileCsv(Map<String, Profile> profiles, FrequencyTable table, Map<String, CsvFile.Row> firstRow) {

    static ProfileCsv read(Path path, FrequencyTable table, OptionalDouble floor, List<String> notes) {
        CsvFile file = CsvFile.read(path, "sample_id", "marker", "allele1", "allele2");
        Map<String, Map<String, Genotype>> genotypes = new LinkedHashMap<>();
        Map<String, CsvFile.Row> firstRow = new HashMap<>();
        FrequencyTable current = table;
        for (CsvFile.Row row : file.rows) {
            String sample = row.get("sample_id");
            if (sample.isEmpty()) {
                throw row.error("sample_id", "is empty");
            }
            firstRow.putIfAbsent(sample, row);
            Map<String, Genotype> profile = genotypes.computeIfAbsent(sample, s -> new HashMap<>());
            String marker = row.get("marker");
            if (current.locus(marker).isEmpty()) {
                throw row.error("marker", "marker '" + marker + "' is not in the frequency table; add its frequencies or drop the row");
            }
            String a1 = row.get("allele1");
            String a2 = row.get("allele2");
            if (a1.isEmpty() && a2.isEmpty()) {
                continue;
            }
            a1 = a1.isEmpty() ? a2 : a1;
            a2 = a2.isEmpty() ? a1 : a2;
            current = withAllele(current, row, "allele1", a1, floor, notes);
            current = withAllele(current, row, "allele2", a2, floor, notes);
            Locus locus = current.locus(marker).orElseThrow();
            Genotype g = new Genotype(locus.indexOf(a1).orElseThrow(), locus.indexOf(a2).orElseThrow());
            if (profile.put(marker, g) != null) {
                throw row.error("marker", "sample " + sample + " has marker " + marker + " twice");
            }
        }
        Map<String, Profile> profiles = new LinkedHashMap<>();
        genotypes.forEach((s, g) -> profiles.put(s, new Profile(s, g)));
        return new ProfileCsv(profiles, current, firstRow);
    }

    private static FrequencyTable withAllele(FrequencyTable table, CsvFile.Row row, String field, String allele,
                                             OptionalDouble floor, List<String> notes) {
        Locus locus = table.locus(row.get("marker")).orElseThrow();
        OptionalInt known = locus.indexOf(allele);
        if (known.isPresent()) {
            return table;
        }
        if (floor.isEmpty()) {
            throw row.error(field, "allele " + allele + " of marker " + locus.name()
                    + " is not in the frequency table; add it there, or give an allele floor frequency");
        }
        notes.add("marker " + locus.name() + ": allele " + allele + " (first seen in row " + row.number()
                + ") is not in the frequency table; added at frequency " + floor.getAsDouble() + " and the marker rescaled");
        return table.with(locus.withFloorAllele(allele, floor.getAsDouble()));
    }
}
