package org.repatria.core.reunification;

/** The receiving guardian's legal standing towards the child: what entitles them to take the child home. */
public enum LegalStanding {
    /** A parent (birth certificate or the like). */
    PARENT("parent"),
    /** A legal guardian appointed by a court decision. */
    LEGAL_GUARDIAN("legal-guardian"),
    /** A relative authorised by the parents or an authority (power of attorney, guardianship authority's decision). */
    AUTHORISED_RELATIVE("authorised-relative");

    private final String token;

    LegalStanding(String token) {
        this.token = token;
    }

    /** The word in the canonical text and the API. */
    public String token() {
        return token;
    }

    /** The standing written {@code raw}; refused naming the choices. */
    public static LegalStanding parse(String field, String raw) {
        return Fields.choice(field, raw, values(), LegalStanding::token, "legal standing");
    }
}
