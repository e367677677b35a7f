package org.repatria.lists.sheet;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * RFC 4180 CSV: quoted cells may hold separators, doubled quotes and line breaks; CR, LF or CRLF end
 * a record. The separator is whichever of comma, semicolon (what Excel writes under Ukrainian and
 * Russian settings) and tab occurs most, outside quotes, in the first lines, unless Excel's {@code sep=;}
 * hint line names it. Row numbers count records. The text streams in: a cell keeps at most {@link CellText#kept()}
 * characters (a longer one is noted with its length), and reading stops once the sink wants no more rows.
 */
final class CsvSheet {
    private static final int SNIFF_LINES = 20;
    /** The separator is sniffed in at most this many first characters. */
    private static final int SNIFF_CHARS = 64 * 1024;
    private final DecodedText text;
    private final RowSink sink;
    private final CellText check;
    private final StringBuilder cell = new StringBuilder();
    private List<String> cells = new ArrayList<>();
    private final List<CellNote> notes = new ArrayList<>();
    private int row = 1;
    private long length;
    private boolean anyText;

    private CsvSheet(DecodedText text, RowSink sink) {
        this.text = text;
        this.sink = sink;
        this.check = new CellText(sink);
    }

    /**
     * Streams the records of {@code text} to {@code sink}; whether the text held anything but white space. Bytes that
     * are not text in its character set are refused with the row reached and their byte offset.
     */
    static boolean read(DecodedText text, RowSink sink) throws UnreadableSheetException {
        CsvSheet sheet = new CsvSheet(text, sink);
        try {
            sheet.records();
            return sheet.anyText;
        } catch (DecodedText.Malformed e) {
            throw new UnreadableSheetException(text.refusal(), sheet.row, e, text.charset().name(),
                    String.format(Locale.ROOT, "%,d", e.offset()), Integer.toString(sheet.row));
        }
    }

    private void records() {
        String head = text.head(SNIFF_CHARS);
        char separator;
        if (head.startsWith("sep=") && head.length() > 4 && (head.length() == 5 || head.charAt(5) == '\r' || head.charAt(5) == '\n')) {
            // Excel's hint line: it names the separator and is not a row (Excel does not show it).
            separator = head.charAt(4);
            int skip = head.length() > 6 && head.charAt(5) == '\r' && head.charAt(6) == '\n' ? 7 : 6;
            for (int i = 0; i < skip; i++) {
                text.next();
            }
        } else {
            separator = separator(head);
        }
        boolean quoted = false;
        boolean wasQuoted = false;
        boolean started = false;
        int pending = -1;
        while (true) {
            int c = pending >= 0 ? pending : text.next();
            pending = -1;
            if (c < 0) {
                break;
            }
            started = true;
            anyText |= !Character.isWhitespace(c);
            if (quoted) {
                if (c != '"') {
                    append((char) c);
                } else {
                    int after = text.next();
                    if (after == '"') {
                        append('"');
                    } else {
                        quoted = false;
                        pending = after;
                    }
                }
            } else if (c == '"' && length == 0 && !wasQuoted) {
                quoted = true;
                wasQuoted = true;
            } else if (c == separator) {
                endCell();
                wasQuoted = false;
            } else if (c == '\n' || c == '\r') {
                endCell();
                deliver();
                wasQuoted = false;
                started = false;
                if (c == '\r') {
                    int after = text.next();
                    pending = after == '\n' ? -1 : after;
                }
                if (!sink.wantsMore()) {
                    return;
                }
            } else {
                append((char) c);
            }
        }
        if (started) {
            if (quoted) {
                notes.add(new CellNote(cells.size(), "csv.unclosed-quote", ""));
            }
            endCell();
            deliver();
        }
    }

    private void append(char c) {
        if (length++ < check.kept()) {
            cell.append(c);
        }
    }

    private void endCell() {
        check.length(cells.size(), length, notes);
        cells.add(cell.toString());
        cell.setLength(0);
        length = 0;
    }

    private void deliver() {
        sink.row(row++, cells, notes.isEmpty() ? List.of() : List.copyOf(notes));
        cells = new ArrayList<>(cells.size());
        notes.clear();
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
