package org.repatria.core.reunification;

/** Who accompanied the child across: name, capacity and the identity document shown at the crossing. */
public record Escort(String name, EscortRole role, String document) {
    /** Longest name, in characters. */
    public static final int MAX_NAME = 200;
    /** Longest document description (type and number), in characters. */
    public static final int MAX_DOCUMENT = 120;

    public Escort {
        name = Fields.line("escort.name", name, MAX_NAME);
        if (role == null) {
            throw new ReunificationException("escort.role", "escort.role is required");
        }
        document = Fields.line("escort.document", document, MAX_DOCUMENT);
    }
}
