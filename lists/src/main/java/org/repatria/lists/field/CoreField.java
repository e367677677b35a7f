package org.repatria.lists.field;

/** The fields of the core person record (DESIGN.md, "Person list CSV"), plus a single full-name column. */
public enum CoreField implements Field {
    ID(FieldKind.ID),
    SURNAME(FieldKind.NAME),
    GIVEN_NAME(FieldKind.NAME),
    PATRONYMIC(FieldKind.NAME),
    /** Surname, given name and patronymic in one cell ("ПІБ", "ФИО"); split on import. */
    FULL_NAME(FieldKind.NAME),
    SEX(FieldKind.SEX),
    BIRTH_DATE(FieldKind.DATE),
    BIRTH_PLACE(FieldKind.TEXT),
    MILITARY_ID(FieldKind.ID),
    UNIT(FieldKind.TEXT),
    RANK(FieldKind.TEXT),
    CATEGORY(FieldKind.CATEGORY);

    private final FieldKind kind;

    CoreField(FieldKind kind) {
        this.kind = kind;
    }

    @Override
    public FieldKind kind() {
        return kind;
    }
}
