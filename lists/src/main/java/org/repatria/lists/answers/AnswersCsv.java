package org.repatria.lists.answers;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.repatria.core.person.PartialDate;
import org.repatria.core.person.PersonName;
import org.repatria.core.request.AnswerException;
import org.repatria.core.request.RowAnswer;
import org.repatria.core.request.RowStatus;
import org.repatria.lists.export.CsvExport;

/**
 * The one byte form of an answers document, which the requested side signs (docs/decisions/0146), after the list's
 * canonical CSV (0065): UTF-8 without a byte-order mark, LF line ends, every text in Unicode NFC, the fixed header
 * {@link #HEADER}, then one line per {@link RowAnswer} in the author's order, each row once. {@link #read} takes back
 * exactly what {@link #write} gives and refuses anything else, naming the line and the field.
 */
public final class AnswersCsv {
    /** The fixed header. */
    public static final List<String> HEADER = List.of("row_id", "status", "date", "place", "surname", "given_name",
            "patronymic", "note");
    /** Most answers in one document. */
    public static final int MAX_ROWS = 100_000;
    /** Most problems reported for one document. */
    public static final int MAX_PROBLEMS = 100;
    /** Largest document: the most rows with every field at its longest stays far below it. */
    public static final int MAX_BYTES = 64 * 1024 * 1024;

    private AnswersCsv() {
    }

    /** The canonical bytes of {@code answers}, in their order. */
    public static byte[] write(List<RowAnswer> answers) {
        StringBuilder out = new StringBuilder(64 + answers.size() * 48);
        line(out, HEADER);
        for (RowAnswer a : answers) {
            out.append(line(a));
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** One answer's canonical line, its LF included. */
    static String line(RowAnswer a) {
        StringBuilder out = new StringBuilder(48);
        line(out, List.of(a.rowId(), a.status().token(), a.date().iso(), a.place(), a.nameHeld().surname(),
                a.nameHeld().givenName(), a.nameHeld().patronymic(), a.note()));
        return out.toString();
    }

    private static void line(StringBuilder out, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(CsvExport.field(Normalizer.normalize(cells.get(i), Normalizer.Form.NFC)));
        }
        out.append('\n');
    }

    /**
     * The answers of a canonical document, in its order.
     *
     * @throws AnswersFormatException naming each line and field that is not canonical, or a limit broken
     */
    public static List<RowAnswer> read(byte[] bytes) {
        if (bytes.length > MAX_BYTES) {
            throw refuse(0, "", "the document is " + bytes.length + " bytes, more than the " + MAX_BYTES + " allowed");
        }
        String text = utf8(bytes);
        List<CsvRecords.Record> records = CsvRecords.split(text);
        if (records.isEmpty() || !records.getFirst().cells().equals(HEADER) || !records.getFirst().complete()) {
            throw refuse(1, "", "the first line must be the header " + String.join(",", HEADER) + " ending in LF");
        }
        if (records.size() - 1 > MAX_ROWS) {
            throw refuse(0, "", (records.size() - 1) + " answers, more than the " + MAX_ROWS + " one document may hold");
        }
        List<RowAnswer> answers = new ArrayList<>(records.size() - 1);
        List<AnswerProblem> problems = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 1; i < records.size() && problems.size() < MAX_PROBLEMS; i++) {
            CsvRecords.Record r = records.get(i);
            try {
                RowAnswer a = answer(r);
                String canonical = line(a);
                if (!r.complete() || !canonical.equals(r.raw())) {
                    problems.add(new AnswerProblem(r.line(), "", "not in canonical form; write it as: "
                            + canonical.stripTrailing()));
                } else if (!seen.add(a.rowId())) {
                    problems.add(new AnswerProblem(r.line(), "row_id", "row " + a.rowId()
                            + " is answered twice in this document; answer each row once"));
                } else {
                    answers.add(a);
                }
            } catch (AnswerException e) {
                problems.add(new AnswerProblem(r.line(), e.field(), e.getMessage()));
            }
        }
        if (!problems.isEmpty()) {
            throw new AnswersFormatException(problems);
        }
        return List.copyOf(answers);
    }

    private static RowAnswer answer(CsvRecords.Record r) {
        List<String> c = r.cells();
        if (c.size() != HEADER.size()) {
            throw new AnswerException("", HEADER.size() + " fields expected (" + String.join(",", HEADER) + "), found "
                    + c.size());
        }
        PartialDate date;
        try {
            date = PartialDate.parseIso(c.get(2));
        } catch (IllegalArgumentException e) {
            throw new AnswerException("date", e.getMessage());
        }
        return new RowAnswer(c.get(0), RowStatus.ofToken(c.get(1)), date, c.get(3),
                new PersonName(c.get(4), c.get(5), c.get(6)), c.get(7));
    }

    private static String utf8(byte[] bytes) {
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            throw refuse(1, "", "the document starts with a byte-order mark; the canonical form has none");
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw refuse(0, "", "the document is not UTF-8 text");
        }
    }

    private static AnswersFormatException refuse(int line, String field, String message) {
        return new AnswersFormatException(List.of(new AnswerProblem(line, field, message)));
    }
}
