package org.repatria.lists.check;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One thing wrong with a list. {@code row} is the sheet row (1 is the first row of the file, normally
 * the header; 0 is the file as a whole); {@code column} is the column's header as written, or the
 * canonical field name when the column is missing, or empty when the problem concerns the whole row.
 * {@code code} names the message in the bundles; {@code args} fill it.
 */
public record Problem(int row, String column, Severity severity, String code, List<String> args) {
    public Problem {
        if (row < 0) {
            throw new IllegalArgumentException("row < 0: " + row);
        }
        column = Objects.requireNonNullElse(column, "");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(code, "code");
        args = List.copyOf(args);
    }

    /** An error. */
    public static Problem error(int row, String column, String code, String... args) {
        return new Problem(row, column, Severity.ERROR, code, List.of(args));
    }

    /** A warning. */
    public static Problem warning(int row, String column, String code, String... args) {
        return new Problem(row, column, Severity.WARNING, code, List.of(args));
    }

    /** Whether this problem rejects the list. */
    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** The message for a person, in {@code locale}'s language (English, Ukrainian or Russian; English otherwise). */
    public String message(Locale locale) {
        return Messages.text(locale, code, args);
    }
}
