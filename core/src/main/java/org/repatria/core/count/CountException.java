package org.repatria.core.count;

/** A count breaks a rule; {@link #field()} names what is wrong, the message why and what the caller can do. */
public final class CountException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String field;

    /** A failure of {@code field}, described for a person. */
    public CountException(String field, String message) {
        super(message);
        this.field = field;
    }

    /** The field (or line of the count's text) that is wrong. */
    public String field() {
        return field;
    }
}
