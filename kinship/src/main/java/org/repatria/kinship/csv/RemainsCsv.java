package org.repatria.kinship.csv;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.repatria.kinship.pedigree.Sex;
import org.repatria.kinship.profile.Remains;

/** {@code sample_id,sex}: the remains to identify. */
final class RemainsCsv {

    private RemainsCsv() {
    }

    static List<Remains> read(Path path) {
        CsvFile file = CsvFile.read(path, "sample_id");
        List<Remains> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (CsvFile.Row row : file.rows) {
            String id = row.get("sample_id");
            if (id.isEmpty()) {
                throw row.error("sample_id", "is empty");
            }
            if (!seen.add(id)) {
                throw row.error("sample_id", id + " is listed twice");
            }
            out.add(new Remains(id, sex(row)));
        }
        return out;
    }

    static Sex sex(CsvFile.Row row) {
        return switch (row.get("sex")) {
            case "1" -> Sex.MALE;
            case "2" -> Sex.FEMALE;
            case "", "0" -> Sex.UNKNOWN;
            default -> throw row.error("sex", "'" + row.get("sex") + "' is not 1 (male), 2 (female) or empty (unknown)");
        };
    }
}
