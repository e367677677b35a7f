package org.repatria.lists.sheet;

import java.util.ArrayList;
import java.util.List;

/**
 * RFC 4180 CSV: quoted cells may hold separators, doubled quotes and line breaks; CR, LF or CRLF end
 * a record. The separator is whichever of comma, semicolon (what Excel writes under Ukrainian and
 * Russian settings) and tab occurs most, outside quotes, in the first lines, unless Excel's {@code sep=;}
 * hint line names it. Row numbers count records.
 */
final class CsvSheet {
    private static final int SNIFF_LINES = 20;

    private CsvSheet() {
    }

    static void read(String text, RowSink sink) {
        int rowStart = 0;
        char separator;
        if (text.startsWith("sep=") && text.length() > 4 && (text.length() == 5 || text.charAt(5) == '\r' || text.charAt(5) == '\n')) {
            // Excel's hint line: it names the separator and is not a row (Excel does not show it).
            separator = text.charAt(4);
            rowStart = text.length() > 6 && text.charAt(5) == '\r' && text.charAt(6) == '\n' ? 7 : 6;
        } else {
            separator = separator(text);
        }
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        int row = 1;
        boolean quoted = false;
        boolean wasQuoted = false;
        int n = text.length();
        for (int i = rowStart; i < n; i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c != '"') {
                    cell.append(c);
                } else if (i + 1 < n && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else {
                    quoted = false;
                }
            } else if (c == '"' && cell.isEmpty() && !wasQuoted) {
                quoted = true;
                wasQuoted = true;
            } else if (c == separator) {
                cells.add(cell.toString());
                cell.setLength(0);
                wasQuoted = false;
            } else if (c == '\n' || c == '\r') {
                cells.add(cell.toString());
                sink.row(row++, cells, List.of());
                cells = new ArrayList<>(cells.size());
                cell.setLength(0);
                wasQuoted = false;
                if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
                    i++;
                }
                rowStart = i + 1;
            } else {
                cell.append(c);
            }
        }
        if (rowStart < n) {
            List<CellNote> notes = quoted ? List.of(new CellNote(cells.size(), "csv.unclosed-quote", "")) : List.of();
            cells.add(cell.toString());
            sink.row(row, cells, notes);
        }
    }

    /** Looks at the first lines, not just the first: a title line above the header has no separators. */
    private static char separator(String text) {
        int comma = 0;
        int semicolon = 0;
        int tab = 0;
        int lines = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length() && lines < SNIFF_LINES; i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted) {
                switch (c) {
                    case '\n' -> lines++;
                    case ',' -> comma++;
                    case ';' -> semicolon++;
                    case '\t' -> tab++;
                    default -> {
                    }
                }
            }
        }
        if (semicolon > comma && semicolon >= tab) {
            return ';';
        }
        return tab > comma ? '\t' : ',';
    }
}
