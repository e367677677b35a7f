package org.repatria.core.child;

/** A case particular the caller must correct: names the field and says what is wrong. */
public final class ParticularsException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;
    private final String field;

    /** A refusal of {@code field} (its token) for {@code message}. */
    public ParticularsException(String field, String message) {
        super(field + ": " + message);
        this.field = field;
    }

    /** The field's token, such as {@code removal_date}. */
    public String field() {
        return field;
    }
}
