package org.repatria.core.document;

/** An envelope or entry is malformed, not canonical, or breaks a rule; the message names the line and the rule. */
public final class DocumentFormatException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** A failure described for a person. */
    public DocumentFormatException(String message) {
        super(message);
    }
}
