package org.repatria.core.person;

/**
 * What international humanitarian law asks the parties to record beyond the core person record, each
 * field with the article that asks for it: GC III arts. 17 and 122 (prisoners), GC III art. 120 and
 * GC I arts. 16-17 (the dead), AP I art. 78 (children). All optional; a closed set.
 */
public enum DetailField {
    /** GC III art. 17 (father's first name), AP I art. 78 (parents' names). */
    FATHER_NAME(Kind.NAME, "GC III 17, AP I 78"),
    /** GC III art. 122 (mother's maiden name), AP I art. 78 (parents' names). */
    MOTHER_NAME(Kind.NAME, "GC III 122, AP I 78"),
    /** GC III art. 122: the Power on which the prisoner depends. */
    POWER(Kind.TEXT, "GC III 122"),
    CAPTURE_DATE(Kind.DATE, "GC III 122"),
    CAPTURE_PLACE(Kind.TEXT, "GC III 122"),
    HEALTH(Kind.TEXT, "GC III 122"),
    /** GC III art. 122: the person to be informed. */
    NOTIFY_PERSON(Kind.TEXT, "GC III 122"),
    NOTIFY_ADDRESS(Kind.TEXT, "GC III 122"),
    DEATH_DATE(Kind.DATE, "GC III 120, GC I 16"),
    DEATH_PLACE(Kind.TEXT, "GC III 120, GC I 16"),
    DEATH_CAUSE(Kind.TEXT, "GC III 120, GC I 16"),
    /** GC I art. 16: one half of the double identity disc, or the whole single disc. */
    IDENTITY_DISC(Kind.TEXT, "GC I 16-17"),
    /** GC I art. 17, GC III art. 120: date of burial, or of recovery of the remains. */
    BURIAL_DATE(Kind.DATE, "GC III 120, GC I 17"),
    BURIAL_PLACE(Kind.TEXT, "GC III 120, GC I 17"),
    /** GC I art. 17: particulars that let the grave always be found. */
    GRAVE_MARKING(Kind.TEXT, "GC I 17"),
    PERSONAL_EFFECTS(Kind.TEXT, "GC I 16"),
    /** AP I art. 78: other relatives. */
    RELATIVES(Kind.TEXT, "AP I 78"),
    NATIONALITY(Kind.TEXT, "AP I 78"),
    LANGUAGE(Kind.TEXT, "AP I 78"),
    FAMILY_ADDRESS(Kind.TEXT, "AP I 78"),
    IDENTIFYING_MARKS(Kind.TEXT, "AP I 78"),
    /** AP I art. 78: date of the child's removal (evacuation). */
    REMOVAL_DATE(Kind.DATE, "AP I 78"),
    REMOVAL_CIRCUMSTANCES(Kind.TEXT, "AP I 78");

    /** What a detail's value is: a name (written as names are), free text, or a partial date. */
    public enum Kind {
        NAME, TEXT, DATE
    }

    private final Kind kind;
    private final String source;

    DetailField(Kind kind, String source) {
        this.kind = kind;
        this.source = source;
    }

    /** What the value is. */
    public Kind kind() {
        return kind;
    }

    /** The convention articles that ask for this field, e.g. {@code GC III 122}. */
    public String source() {
        return source;
    }
}
