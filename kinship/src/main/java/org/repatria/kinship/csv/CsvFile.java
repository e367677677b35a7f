package org.repatria.kinship.csv;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** A small RFC 4180 reader (quotes, BOM, CRLF) with named columns; rows are numbered from 1, the header. */
final class CsvFile {

    final String name;
    final List<Row> rows;

    /** One data row with its number in the file. */
    record Row(CsvFile file, int number, Map<String, String> fields) {

        String get(String column) {
            return fields.getOrDefault(column, "").strip();
        }

        KinshipInputException error(String column, String problem) {
            return new KinshipInputException(file.name, number, column, problem);
        }
    }

    private CsvFile(String name, List<Row> rows) {
        this.name = name;
        this.rows = rows;
    }

    /** An empty file of that name, to which a reader of another format adds rows. */
    static CsvFile named(String name) {
        return new CsvFile(name, new ArrayList<>());
    }

    static CsvFile read(Path path, String... required) {
        List<List<String>> records = parse(text(path));
        String name = path.getFileName().toString();
        if (records.isEmpty()) {
            throw new KinshipInputException(name, 1, "", "the file is empty; expected a header " + String.join(",", required));
        }
        List<String> header = records.get(0).stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).toList();
        for (String column : required) {
            if (!header.contains(column)) {
                throw new KinshipInputException(name, 1, column, "column missing; expected a header " + String.join(",", required));
            }
        }
        CsvFile file = new CsvFile(name, new ArrayList<>());
        for (int r = 1; r < records.size(); r++) {
            List<String> rec = records.get(r);
            if (rec.size() == 1 && rec.get(0).isBlank()) {
                continue;
            }
            Map<String, String> fields = new HashMap<>();
            for (int c = 0; c < header.size() && c < rec.size(); c++) {
                fields.put(header.get(c), rec.get(c));
            }
            file.rows.add(new Row(file, r + 1, fields));
        }
        return file;
    }

    /** The file's text as UTF-8, without a byte-order mark. */
    static String text(Path path) {
        String text;
        try {
            text = Files.readString(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new KinshipInputException(path.toString(), 0, "", "cannot be read (" + e.getMessage() + ")");
        }
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private static List<List<String>> parse(String text) {
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                record.add(field.toString());
                field.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                record.add(field.toString());
                field.setLength(0);
                records.add(record);
                record = new ArrayList<>();
            } else {
                field.append(c);
            }
        }
        if (field.length() > 0 || !record.isEmpty()) {
            record.add(field.toString());
            records.add(record);
        }
        return records;
    }
}
