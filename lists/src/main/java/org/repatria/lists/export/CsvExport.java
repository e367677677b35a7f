package org.repatria.lists.export;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/** A table as RFC 4180 CSV in UTF-8 with a byte-order mark (so spreadsheet programs read Cyrillic), CRLF line ends. */
public final class CsvExport {
    private CsvExport() {
    }

    /**
     * The CSV bytes of {@code table}, for people: a cell a spreadsheet would take for a formula gets a leading
     * apostrophe, so text from another party's list cannot run in the reader's spreadsheet (docs/decisions/0130). The
     * canonical bytes a list's author signs ({@link CanonicalCsv}) keep every cell as it is.
     */
    public static byte[] write(Table table) {
        StringBuilder out = new StringBuilder(64 + table.rows().size() * 160).append('\uFEFF');
        line(out, table.header(), "\r\n");
        for (List<String> row : table.rows()) {
            line(out, row.stream().map(CsvExport::inert).toList(), "\r\n");
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The cell with a leading apostrophe when it starts as a spreadsheet formula does (=, +, -, @, tab, return). */
    static String inert(String cell) {
        return !cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0 ? "'" + cell : cell;
    }

    /** The SHA-256 of {@code bytes}, in lower-case hex. */
    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    /** One CSV field: quoted when it holds a comma, quote, line break or leading/trailing space. */
    public static String field(String value) {
        boolean quote = !value.isEmpty() && (value.indexOf(',') >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0
                || value.indexOf('\r') >= 0 || value.charAt(0) == ' ' || value.charAt(value.length() - 1) == ' ');
        return quote ? '"' + value.replace("\"", "\"\"") + '"' : value;
    }

    /** Appends one record: the cells as fields, separated by commas, then {@code eol}. */
    static void line(StringBuilder out, List<String> cells, String eol) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(field(cells.get(i)));
        }
        out.append(eol);
    }
}
