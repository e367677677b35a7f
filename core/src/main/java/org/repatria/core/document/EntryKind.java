package org.repatria.core.document;

/** The steps of a document's trail, each one a log entry signed by the party that took it. */
public enum EntryKind {
    /** The author submitted the document to the mediator (signed by the author). */
    SUBMITTED("submitted"),
    /** The mediator relayed it to the addressees (signed by the mediator). */
    RELAYED("relayed"),
    /** An addressee acknowledged receiving it (signed by that addressee). */
    ACKNOWLEDGED("acknowledged");

    private final String token;

    EntryKind(String token) {
        this.token = token;
    }

    /** The lower-case name written in an entry. */
    public String token() {
        return token;
    }

    /** The kind named by an entry token. */
    public static EntryKind ofToken(String token) {
        return Tokens.of(values(), EntryKind::token, token, "entry kind");
    }
}
