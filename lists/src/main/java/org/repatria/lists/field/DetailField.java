package org.repatria.lists.field;

/**
 * What international humanitarian law asks the parties to record beyond the core record, each field
 * with the article that asks for it. All are optional on import; the checks ask for some per category.
 */
public enum DetailField implements Field {
    /** GC III art. 17 (father's first name), AP I art. 78 (parents' names). */
    FATHER_NAME(FieldKind.NAME, "GC III 17, AP I 78"),
    /** GC III art. 122 (mother's maiden name), AP I art. 78 (parents' names). */
    MOTHER_NAME(FieldKind.NAME, "GC III 122, AP I 78"),
    /** GC III art. 122: the Power on which the prisoner depends. */
    POWER(FieldKind.TEXT, "GC III 122"),
    CAPTURE_DATE(FieldKind.DATE, "GC III 122"),
    CAPTURE_PLACE(FieldKind.TEXT, "GC III 122"),
    HEALTH(FieldKind.TEXT, "GC III 122"),
    /** GC III art. 122: the person to be informed. */
    NOTIFY_PERSON(FieldKind.TEXT, "GC III 122"),
    NOTIFY_ADDRESS(FieldKind.TEXT, "GC III 122"),
    DEATH_DATE(FieldKind.DATE, "GC III 120, GC I 16"),
    DEATH_PLACE(FieldKind.TEXT, "GC III 120, GC I 16"),
    DEATH_CAUSE(FieldKind.TEXT, "GC III 120, GC I 16"),
    /** GC I art. 16: one half of the double identity disc, or the whole single disc. */
    IDENTITY_DISC(FieldKind.TEXT, "GC I 16-17"),
    /** GC I art. 17, GC III art. 120: date of burial, or of recovery of the remains. */
    BURIAL_DATE(FieldKind.DATE, "GC III 120, GC I 17"),
    BURIAL_PLACE(FieldKind.TEXT, "GC III 120, GC I 17"),
    /** GC I art. 17: particulars that let the grave always be found. */
    GRAVE_MARKING(FieldKind.TEXT, "GC I 17"),
    PERSONAL_EFFECTS(FieldKind.TEXT, "GC I 16"),
    /** AP I art. 78: other relatives. */
    RELATIVES(FieldKind.TEXT, "AP I 78"),
    NATIONALITY(FieldKind.TEXT, "AP I 78"),
    LANGUAGE(FieldKind.TEXT, "AP I 78"),
    FAMILY_ADDRESS(FieldKind.TEXT, "AP I 78"),
    IDENTIFYING_MARKS(FieldKind.TEXT, "AP I 78"),
    /** AP I art. 78: date of the child's removal (evacuation). */
    REMOVAL_DATE(FieldKind.DATE, "AP I 78"),
    REMOVAL_CIRCUMSTANCES(FieldKind.TEXT, "AP I 78");

    private final FieldKind kind;
    private final String source;

    DetailField(FieldKind kind, String source) {
        this.kind = kind;
        this.source = source;
    }

    @Override
    public FieldKind kind() {
        return kind;
    }

    /** The convention articles that ask for this field, e.g. {@code GC III 122}. */
    public String source() {
        return source;
    }
}
