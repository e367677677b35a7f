package org.repatria.core.death;

/** A death record's particular is missing, too long, malformed or contradicts another; names the field. */
public final class DeathRecordException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String field;

    /** A failure of {@code field} (as the API names it, or {@code content} for the text as a whole). */
    public DeathRecordException(String field, String message) {
        super(message);
        this.field = field;
    }

    /** The field that was refused. */
    public String field() {
        return field;
    }
}
