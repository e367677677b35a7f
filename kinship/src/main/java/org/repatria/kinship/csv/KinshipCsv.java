package org.repatria.kinship.csv;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.repatria.kinship.KinshipData;
import org.repatria.kinship.frequency.FrequencyTable;
import org.repatria.kinship.mutation.MarkerMutation;
import org.repatria.kinship.profile.Remains;

/** Reads the kinship CSV files of DESIGN.md and checks them against each other; any problem names file, row and field. */
public final class KinshipCsv {

    private KinshipCsv() {
    }

    /** The files of one case; {@code mutations} is optional. */
    public record Files(Path frequencies, Path profiles, Path remains, Path pedigrees, Optional<Path> mutations) {
    }

    /**
     * Reads and cross-checks all files. With {@code alleleFloor} present, an allele missing from the
     * frequency table is added at that frequency (the marker rescaled to sum to 1) and a note says so;
     * without it such an allele is an error.
     */
    public static KinshipData read(Files files, OptionalDouble alleleFloor) {
        FrequencyTable table = FrequencyCsv.read(files.frequencies());
        List<String> notes = new ArrayList<>();
        ProfileCsv profiles = ProfileCsv.read(files.profiles(), table, alleleFloor, notes);
        List<Remains> remains = RemainsCsv.read(files.remains());
        PedigreeCsv pedigrees = PedigreeCsv.read(files.pedigrees());
        Map<String, MarkerMutation> mutations = files.mutations()
                .map(p -> MutationCsv.read(p, profiles.table())).orElse(Map.of());
        CrossCheck.run(files, profiles, remains, pedigrees);
        return new KinshipData(profiles.table(), profiles.profiles(), remains, pedigrees.families(), mutations, notes);
    }

    /** Reads a frequency table alone ({@code marker,allele,frequency}). */
    public static FrequencyTable frequencies(Path path) {
        return FrequencyCsv.read(path);
    }

    static Map<String, List<CsvFile.Row>> groupBy(CsvFile file, String column) {
        Map<String, List<CsvFile.Row>> groups = new LinkedHashMap<>();
        for (CsvFile.Row row : file.rows) {
            String key = row.get(column);
            if (key.isEmpty()) {
                throw row.error(column, "is empty");
            }
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(row);
        }
        return groups;
    }

    static double number(CsvFile.Row row, String column) {
        try {
            return Double.parseDouble(row.get(column));
        } catch (NumberFormatException e) {
            throw row.error(column, "'" + row.get(column) + "' is not a number");
        }
    }
}
