package org.repatria.core.agreement;

import org.repatria.core.person.Category;

/** What an agreement exchanges; each kind concerns persons of one list category. */
public enum AgreementKind {
    /** Prisoners of war. */
    PRISONERS("prisoners", Category.POW),
    /** The remains of the fallen. */
    REMAINS("remains", Category.REMAINS),
    /** Detained civilians. */
    CIVILIANS("civilians", Category.CIVILIAN),
    /** Deported or displaced children. */
    CHILDREN("children", Category.CHILD);

    private final String token;
    private final Category category;

    AgreementKind(String token, Category category) {
        this.token = token;
        this.category = category;
    }

    /** The lower-case name written in the canonical text. */
    public String token() {
        return token;
    }

    /** The list category of the persons this kind of agreement exchanges. */
    public Category category() {
        return category;
    }
}
