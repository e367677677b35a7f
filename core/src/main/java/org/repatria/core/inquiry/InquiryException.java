package org.repatria.core.inquiry;

/** An inquiry's value the caller must correct: names the field and says what is wrong. */
public final class InquiryException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;
    private final String field;

    /** A refusal of {@code field} (its token) for {@code message}. */
    public InquiryException(String field, String message) {
        super(field + ": " + message);
        this.field = field;
    }

    /** The field's token, such as {@code birth_date}. */
    public String field() {
        return field;
    }

    /** What is wrong, without the field's name. */
    public String reason() {
        return getMessage().substring(field.length() + 2);
    }
}
