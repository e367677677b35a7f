package org.repatria.lists.answers;

import java.util.List;
import java.util.Objects;

/**
 * One thing wrong with answers: {@code row} is the line of a canonical document or the row of a sheet (1 is the
 * header, 0 the file as a whole), {@code field} the column at fault ({@code row_id}, {@code status}, ...; empty for
 * the whole row), {@code message} what is wrong, for a person, in English; {@code code} the rule broken (e.g.
 * {@code status.unknown}, "" when only the message says it) and {@code args} its arguments, for a desk's own words.
 */
public record AnswerProblem(int row, String field, String message, String code, List<String> args) {
    public AnswerProblem {
        if (row < 0) {
            throw new IllegalArgumentException("row < 0: " + row);
        }
        field = Objects.requireNonNullElse(field, "");
        Objects.requireNonNull(message, "message");
        code = Objects.requireNonNullElse(code, "");
        args = List.copyOf(args);
    }

    /** A problem said only in English (no code). */
    public AnswerProblem(int row, String field, String message) {
        this(row, field, message, "", List.of());
    }

    /** "line 3, status: ..." as one line for a log or a refusal. */
    public String describe(String rowWord) {
        return rowWord + " " + row + (field.isEmpty() ? "" : ", " + field) + ": " + message;
    }
}
