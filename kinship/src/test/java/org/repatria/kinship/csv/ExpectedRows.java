package org.repatria.kinship.csv;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Reads a CSV of expected answers (header row, named columns) for tests elsewhere, with the module's own reader. */
public final class ExpectedRows {

    private ExpectedRows() {
    }

    /** Each data row as column to value, the row number under key "#row". */
    public static List<Map<String, String>> read(Path path) {
        return CsvFile.read(path).rows.stream().map(r -> {
            Map<String, String> m = new java.util.HashMap<>(r.fields());
            m.put("#row", Integer.toString(r.number()));
            return Map.copyOf(m);
        }).toList();
    }
}
