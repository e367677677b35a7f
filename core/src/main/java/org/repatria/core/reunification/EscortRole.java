package org.repatria.core.reunification;

/** In what capacity someone accompanied a child across. */
public enum EscortRole {
    /** A delegate of the ICRC (or another neutral intermediary). */
    ICRC_DELEGATE("icrc-delegate"),
    /** Staff of an ombudsperson's office. */
    OMBUDSPERSON_STAFF("ombudsperson-staff"),
    /** A social or child-protection worker. */
    SOCIAL_WORKER("social-worker"),
    /** A relative of the child. */
    RELATIVE("relative");

    private final String token;

    EscortRole(String token) {
        this.token = token;
    }

    /** The word in the canonical text and the API. */
    public String token() {
        return token;
    }

    /** The role written {@code raw}; refused naming the choices. */
    public static EscortRole parse(String field, String raw) {
        return Fields.choice(field, raw, values(), EscortRole::token, "escort role");
    }
}
