package org.repatria.lists.answers;

import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.repatria.core.person.PartialDate;
import org.repatria.core.person.PersonName;
import org.repatria.core.request.AnswerException;
import org.repatria.core.request.RowAnswer;
import org.repatria.core.request.RowStatus;
import org.repatria.lists.normal.DateReading;
import org.repatria.lists.normal.Dates;
import org.repatria.lists.sheet.Sheets;
import org.repatria.lists.sheet.UnreadableSheetException;

/**
 * Reads an answers sheet a person uploads: CSV (UTF-8, with or without a byte-order mark, or Windows-1251) or XLSX,
 * read by the lists' own sheet readers. The first non-blank row is the header (English, Ukrainian or Russian names);
 * each later row is one answer. Every problem is reported with its row (1 = the sheet's first row) and field, at most
 * {@link #MAX_PROBLEMS}; blank rows are skipped.
 */
public final class AnswerSheet {
    /** Most problems reported for one sheet. */
    public static final int MAX_PROBLEMS = 200;

    private AnswerSheet() {
    }

    /** One answer read, with the sheet row it came from. */
    public record Read(int row, RowAnswer answer) {
    }

    /** What a sheet gave: its answers, its problems (capped), and whether problems were left off at the cap. */
    public record Result(List<Read> answers, List<AnswerProblem> problems, boolean truncated) {
        public Result {
            answers = List.copyOf(answers);
            problems = List.copyOf(problems);
        }
    }

    /**
     * The answers of {@code bytes}; {@code encoding} overrides the CSV character set detection.
     *
     * @throws UnreadableSheetException when the file is empty, an old .xls or no sheet at all
     */
    public static Result read(byte[] bytes, Optional<Charset> encoding) throws UnreadableSheetException {
        Reading reading = new Reading();
        Sheets.read(bytes, encoding, reading::row);
        if (reading.columns == null) {
            String header = String.join(", ", AnswersCsv.HEADER);
            reading.problem(1, "", "the sheet has no header row; name the columns " + header, "header.none", header);
        }
        return new Result(reading.answers, reading.problems, reading.truncated);
    }

    private static final class Reading {
        private final List<Read> answers = new ArrayList<>();
        private final List<AnswerProblem> problems = new ArrayList<>();
        private final Map<String, Integer> firstRow = new HashMap<>();
        private AnswerColumns columns;
        private boolean truncated;
        private boolean stopped;

        void row(int number, List<String> cells, List<?> notes) {
            if (stopped || cells.stream().allMatch(String::isBlank)) {
                return;
            }
            if (columns == null) {
                columns = AnswerColumns.of(cells);
                for (String field : columns.missing()) {
                    problem(number, field, "no column " + field + " in the header; name it (e.g. "
                            + ("status".equals(field) ? "Status, Статус" : "row_id, ID, Номер") + ")", "header.missing",
                            field);
                }
                stopped = !columns.missing().isEmpty();
                return;
            }
            if (answers.size() >= AnswersCsv.MAX_ROWS) {
                problem(number, "", "more than " + AnswersCsv.MAX_ROWS + " answers; split the sheet", "rows.too_many",
                        String.valueOf(AnswersCsv.MAX_ROWS));
                stopped = true;
                return;
            }
            answer(number, cells).ifPresent(a -> {
                Integer before = firstRow.putIfAbsent(a.rowId(), number);
                if (before != null) {
                    problem(number, "row_id", "row " + a.rowId() + " is answered already in row " + before
                            + "; answer each row once", "row.twice", a.rowId(), String.valueOf(before));
                } else {
                    answers.add(new Read(number, a));
                }
            });
        }

        private Optional<RowAnswer> answer(int number, List<String> cells) {
            String statusText = columns.cell(cells, "status");
            Optional<RowStatus> status = StatusWords.of(statusText);
            if (status.isEmpty()) {
                if (statusText.isEmpty()) {
                    problem(number, "status", "no status; give one of " + tokens(), "status.empty", tokens());
                } else {
                    problem(number, "status", "unknown status \"" + statusText + "\"; give one of " + tokens(),
                            "status.unknown", statusText, tokens());
                }
                return Optional.empty();
            }
            Optional<PartialDate> date = date(number, columns.cell(cells, "date"));
            if (date.isEmpty()) {
                return Optional.empty();
            }
            try {
                return Optional.of(new RowAnswer(columns.cell(cells, "row_id"), status.get(), date.get(),
                        columns.cell(cells, "place"), new PersonName(columns.cell(cells, "surname"),
                        columns.cell(cells, "given_name"), columns.cell(cells, "patronymic")), columns.cell(cells, "note")));
            } catch (AnswerException e) {
                problems(new AnswerProblem(number, e.field(), e.getMessage(), e.code(), e.args()));
                return Optional.empty();
            }
        }

        private Optional<PartialDate> date(int number, String text) {
            return switch (Dates.read(text)) {
                case DateReading.Read r -> Optional.of(r.date());
                case DateReading.Swapped s -> {
                    problem(number, "date", "\"" + text + "\" is no date as written (day and month exchanged would be "
                            + s.date().iso() + "); write it as YYYY-MM-DD", "date.swapped", text, s.date().iso());
                    yield Optional.empty();
                }
                case DateReading.Unreadable u -> {
                    problem(number, "date", "\"" + text + "\" is not a date; write YYYY-MM-DD, DD.MM.YYYY, MM.YYYY or YYYY",
                            "date.unreadable", text);
                    yield Optional.empty();
                }
                case DateReading.Impossible i -> {
                    problem(number, "date", "\"" + text + "\" is no such date", "date.impossible", text);
                    yield Optional.empty();
                }
            };
        }

        void problem(int row, String field, String message, String code, String... args) {
            problems(new AnswerProblem(row, field, message, code, List.of(args)));
        }

        void problems(AnswerProblem problem) {
            if (problems.size() < MAX_PROBLEMS) {
                problems.add(problem);
            } else {
                truncated = true;
            }
        }

        private static String tokens() {
            return RowStatus.answers().stream().map(RowStatus::token).toList().toString();
        }
    }
}
