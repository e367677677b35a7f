package org.repatria.demo.name;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads the bundled '|'-separated UTF-8 data files; '#' starts a comment line. */
public final class DataFiles {
    private DataFiles() {
    }

    /** The data rows of {@code file}, each split into exactly {@code columns} fields. */
    public static List<List<String>> rows(String file, int columns) {
        try (InputStream in = DataFiles.class.getResourceAsStream(file)) {
            if (in == null) {
                throw new NameDataException("resource " + file + " is missing from the classpath; rebuild module demo");
            }
            var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<List<String>> rows = new ArrayList<>();
            int lineNo = 0;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lineNo++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                List<String> fields = List.of(line.strip().split("\\|", -1));
                if (fields.size() != columns || fields.stream().anyMatch(String::isBlank)) {
                    throw new NameDataException(file + " line " + lineNo + ": expected " + columns
                            + " non-empty '|'-separated fields, found: " + line);
                }
                rows.add(fields.stream().map(String::strip).toList());
            }
            return List.copyOf(rows);
        } catch (IOException e) {
            throw new NameDataException("cannot read resource " + file + ": " + e.getMessage(), e);
        }
    }

    /** Parses a weight field. */
    public static int weight(String file, String field) {
        try {
            int w = Integer.parseInt(field);
            if (w > 0) {
                return w;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new NameDataException(file + ": weight must be a positive integer, found: " + field);
    }
}
