package org.repatria.lists.answers;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits text into RFC 4180 records separated by LF, keeping each record's raw text (for the canonical check) and the
 * line it starts on. Quoted cells may hold commas, quotes (doubled) and line breaks; nothing is repaired.
 */
final class CsvRecords {
    private CsvRecords() {
    }

    /** A record: the line it starts on (1-based), its cells, its raw text with its LF, whether an LF ended it. */
    record Record(int line, List<String> cells, String raw, boolean complete) {
    }

    static List<Record> split(String text) {
        List<Record> records = new ArrayList<>();
        int i = 0;
        int line = 1;
        while (i < text.length()) {
            int start = i;
            int startLine = line;
            List<String> cells = new ArrayList<>(8);
            StringBuilder cell = new StringBuilder();
            boolean quoted = false;
            boolean complete = false;
            while (i < text.length()) {
                char c = text.charAt(i++);
                if (quoted) {
                    if (c == '"') {
                        if (i < text.length() && text.charAt(i) == '"') {
                            cell.append('"');
                            i++;
                        } else {
                            quoted = false;
                        }
                    } else {
                        if (c == '\n') {
                            line++;
                        }
                        cell.append(c);
                    }
                } else if (c == '"') {
                    quoted = true;
                } else if (c == ',') {
                    cells.add(cell.toString());
                    cell.setLength(0);
                } else if (c == '\n') {
                    line++;
                    complete = true;
                    break;
                } else {
                    cell.append(c);
                }
            }
            cells.add(cell.toString());
            records.add(new Record(startLine, cells, text.substring(start, i), complete && !quoted));
        }
        return records;
    }
}
