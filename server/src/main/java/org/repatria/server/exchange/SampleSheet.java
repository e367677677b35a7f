package org.repatria.server.exchange;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.repatria.server.error.HttpProblem;
import org.repatria.server.exchange.SampleMessages.TakeRow;

/**
 * The CSV layout for recording samples (README, "Samples from body bags"): UTF-8 (a byte-order mark is skipped), comma
 * separated, RFC 4180 quotes, LF or CRLF line ends; a header naming {@code sample_id} and {@code body_tag}, and
 * optionally {@code where} and {@code note}, in any order; then one sample a line. At most {@link #MAX_BYTES} bytes and
 * {@link SampleRows#MAX_ROWS} samples; a refusal names the line (the header is line 1; blank lines are not counted) and the field.
 */
final class SampleSheet {
    /** Largest file: 10,000 lines of an id, a tag, a place and a note at their usual length fit in a tenth of it. */
    static final int MAX_BYTES = 4 * 1024 * 1024;
    private static final List<String> COLUMNS = List.of("sample_id", "body_tag", "where", "note");

    private SampleSheet() {
    }

    static List<TakeRow> read(byte[] bytes) {
        if (bytes.length > MAX_BYTES) {
            throw HttpProblem.tooLarge(String.format(Locale.ROOT, "the samples file is %,d bytes", bytes.length), MAX_BYTES);
        }
        List<List<String>> records = records(text(bytes));
        if (records.isEmpty()) {
            throw HttpProblem.invalid("file", "is empty; the first line names the columns sample_id,body_tag[,where,note]");
        }
        Map<String, Integer> at = header(records.getFirst());
        if (records.size() - 1 > SampleRows.MAX_ROWS) {
            throw HttpProblem.unprocessable("too_many_samples", String.format(Locale.ROOT,
                    "file: %,d samples, the limit is %,d; send them in parts", records.size() - 1, SampleRows.MAX_ROWS));
        }
        List<TakeRow> rows = new ArrayList<>(records.size());
        for (int i = 1; i < records.size(); i++) {
            List<String> cells = records.get(i);
            if (cells.size() != records.getFirst().size()) {
                throw HttpProblem.invalid("line " + (i + 1), cells.size() + " fields, the header has "
                        + records.getFirst().size());
            }
            rows.add(new TakeRow(cells.get(at.get("sample_id")), cells.get(at.get("body_tag")), cell(cells, at, "where"),
                    cell(cells, at, "note")));
        }
        return rows;
    }

    private static String cell(List<String> cells, Map<String, Integer> at, String column) {
        Integer i = at.get(column);
        return i == null ? "" : cells.get(i);
    }

    private static Map<String, Integer> header(List<String> cells) {
        Map<String, Integer> at = new HashMap<>();
        for (int i = 0; i < cells.size(); i++) {
            String name = cells.get(i).strip().toLowerCase(Locale.ROOT);
            if (!COLUMNS.contains(name)) {
                throw HttpProblem.invalid("line 1", "column '" + (name.length() > 40 ? name.substring(0, 40) + "…" : name)
                        + "' is not one of " + String.join(",", COLUMNS));
            }
            if (at.putIfAbsent(name, i) != null) {
                throw HttpProblem.invalid("line 1", "column " + name + " is named twice");
            }
        }
        for (String needed : COLUMNS.subList(0, 2)) {
            if (!at.containsKey(needed)) {
                throw HttpProblem.invalid("line 1", "no column " + needed + "; the header names sample_id,body_tag[,where,note]");
            }
        }
        return at;
    }

    private static String text(byte[] bytes) {
        try {
            String s = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            return s.startsWith("\uFEFF") ? s.substring(1) : s;
        } catch (CharacterCodingException e) {
            throw HttpProblem.invalid("file", "is not UTF-8 text; save the sheet as CSV UTF-8");
        }
    }

    /** RFC 4180 records; blank lines are skipped; a quote left open is refused. */
    private static List<List<String>> records(String text) {
        List<List<String>> out = new ArrayList<>();
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        boolean any = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
                any = true;
            } else if (c == ',') {
                cells.add(cell.toString());
                cell.setLength(0);
                any = true;
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                end(out, cells, cell, any);
                cells = new ArrayList<>();
                any = false;
            } else {
                cell.append(c);
                any = true;
            }
            if (out.size() > SampleRows.MAX_ROWS + 1) {
                throw HttpProblem.unprocessable("too_many_samples", String.format(Locale.ROOT,
                        "file: more than %,d samples, the limit is %,d; send them in parts", SampleRows.MAX_ROWS,
                        SampleRows.MAX_ROWS));
            }
        }
        if (quoted) {
            throw HttpProblem.invalid("line " + (out.size() + 1), "a quoted field is not closed");
        }
        end(out, cells, cell, any);
        return out;
    }

    private static void end(List<List<String>> out, List<String> cells, StringBuilder cell, boolean any) {
        if (any) {
            cells.add(cell.toString());
            out.add(cells);
        }
        cell.setLength(0);
    }
}
