package org.repatria.core.request;

/**
 * An answer (or an answers document) breaks a rule: the message names the field and what is wrong, so the caller can
 * correct the row and send it again. Nothing was recorded.
 */
public final class AnswerException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String field;

    /** A refusal of {@code field} (a column such as {@code status}, or {@code row 12: status}), said for a person. */
    public AnswerException(String field, String message) {
        super(message);
        this.field = field;
    }

    /** The field (or row and field) the refusal is about. */
    public String field() {
        return field;
    }
}
