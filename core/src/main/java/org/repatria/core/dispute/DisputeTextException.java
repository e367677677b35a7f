package org.repatria.core.dispute;

/** A dispute's or answer's text is empty, too long, malformed or not canonical; {@link #field()} names the part. */
public final class DisputeTextException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String field;

    /** A failure of {@code field} ({@code subject}, {@code text} or {@code content}), described for a person. */
    public DisputeTextException(String field, String message) {
        super(message);
        this.field = field;
    }

    /** The part that was refused: {@code subject}, {@code text}, or {@code content} for the bytes as a whole. */
    public String field() {
        return field;
    }
}
