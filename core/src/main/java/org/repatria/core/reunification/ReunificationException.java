package org.repatria.core.reunification;

/** A guardian check, escort or reunification text is incomplete, too long, malformed or not canonical; names the field. */
public final class ReunificationException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String field;

    /** A failure of {@code field} (as the API names it, or {@code content} for a text as a whole), for a person. */
    public ReunificationException(String field, String message) {
        super(message);
        this.field = field;
    }

    /** The field that was refused. */
    public String field() {
        return field;
    }
}
