package org.repatria.core.request;

import java.util.List;

/**
 * An answer (or an answers document) breaks a rule: the message names the field and what is wrong, so the caller can
 * correct the row and send it again. Nothing was recorded. {@code code} and {@code args} name the rule broken, so a
 * desk can say it in the reader's language ({@code ""} and none when only the English message says it).
 */
public final class AnswerException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String field;
    private final String code;
    private final transient List<String> args;

    /** A refusal of {@code field} (a column such as {@code status}, or {@code row 12: status}), said for a person. */
    public AnswerException(String field, String message) {
        this(field, message, "", List.of());
    }

    /** A refusal of {@code field} with the rule's {@code code} (e.g. {@code field.too_long}) and its arguments. */
    public AnswerException(String field, String message, String code, List<String> args) {
        super(message);
        this.field = field;
        this.code = code;
        this.args = List.copyOf(args);
    }

    /** The field (or row and field) the refusal is about. */
    public String field() {
        return field;
    }

    /** The rule broken, as a code ({@code row_id.empty}, {@code status.unanswered}, {@code field.too_long}); or "". */
    public String code() {
        return code;
    }

    /** The code's arguments (e.g. the length and the limit), in order. */
    public List<String> args() {
        return args;
    }
}
