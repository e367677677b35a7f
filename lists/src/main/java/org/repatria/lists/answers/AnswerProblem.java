package org.repatria.lists.answers;

import java.util.Objects;

/**
 * One thing wrong with answers: {@code row} is the line of a canonical document or the row of a sheet (1 is the
 * header, 0 the file as a whole), {@code field} the column at fault ({@code row_id}, {@code status}, ...; empty for
 * the whole row), {@code message} what is wrong, for a person.
 */
public record AnswerProblem(int row, String field, String message) {
    public AnswerProblem {
        if (row < 0) {
            throw new IllegalArgumentException("row < 0: " + row);
        }
        field = Objects.requireNonNullElse(field, "");
        Objects.requireNonNull(message, "message");
    }

    /** "line 3, status: ..." as one line for a log or a refusal. */
    public String describe(String rowWord) {
        return rowWord + " " + row + (field.isEmpty() ? "" : ", " + field) + ": " + message;
    }
}
