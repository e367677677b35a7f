package org.repatria.server.cta;

import java.util.Locale;

/**
 * The columns of the CTA export in their fixed order, each with what it means, the article of GC III (or Annex IV's
 * capture card) that asks for it, its format and where Repatria takes it from. The order never changes; a new column is
 * added at the end. docs/cta-export.md and the downloadable dictionary say the same (a test reads both).
 */
public enum CtaColumn {
    DETAINING_POWER("The party that holds or handed over the person: the exporting party's name",
            "GC III 122 (the Detaining Power's information bureau)", "text", "the exporting account's party"),
    LIST_ID("The Repatria list the row comes from", "none (a reference back to the source)", "UUID", "lists.id"),
    ROW_ID("The row's identifier within that list, as the party gave it", "none (a reference back to the source)",
            "text", "list row id"),
    CATEGORY("POW, CIVILIAN, REMAINS or CHILD", "GC III 4 (who is a prisoner of war)", "code", "list row category"),
    SURNAME("Surname, as written (any script)", "GC III 17, 122; Annex IV capture card: name", "text", "list row surname"),
    FIRST_NAMES("First names, as written", "GC III 17, 122; Annex IV capture card: first names", "text",
            "list row given name"),
    PATRONYMIC("The patronymic (father's-name form of Ukrainian and Russian names), as written",
            "GC III 17, 122 (first name of the father)", "text", "list row patronymic"),
    LATIN_SURNAME("The surname in Latin letters as the list gives it (empty when the list gives none)",
            "none (for readers of Latin script)", "text", "list row Latin surname"),
    LATIN_FIRST_NAMES("The first names in Latin letters as the list gives them", "none (for readers of Latin script)",
            "text", "list row Latin given name"),
    FATHER_FIRST_NAME("The father's first name", "GC III 17, 122; Annex IV capture card: first name of father", "text",
            "list row detail FATHER_NAME"),
    MOTHER_MAIDEN_NAME("The mother's maiden name", "GC III 122; Annex IV capture card: maiden name of mother", "text",
            "list row detail MOTHER_NAME"),
    SEX("M, F, or empty when unknown", "none (identification)", "M|F", "list row sex"),
    RANK("Rank", "GC III 17, 122; Annex IV capture card: rank", "text", "list row rank"),
    UNIT("Army, regiment or unit", "GC III 122 (army, regimental number)", "text", "list row unit"),
    SERVICE_NUMBER("Army, regimental, personal or serial number", "GC III 17, 122; Annex IV capture card: service number",
            "text", "list row military id"),
    IDENTITY_DISC("The identity disc's particulars", "GC III 17; GC I 16", "text", "list row detail IDENTITY_DISC"),
    BIRTH_DATE("Date of birth at the precision known", "GC III 17, 122; Annex IV capture card: date of birth",
            "ISO 8601: YYYY, YYYY-MM or YYYY-MM-DD", "list row birth date"),
    BIRTH_PLACE("Place of birth", "GC III 122; Annex IV capture card: place of birth", "text", "list row birth place"),
    POWER_DEPENDED_ON("The Power on which the person depends", "GC III 122; Annex IV capture card: Power on which the"
            + " prisoner depends", "text", "list row detail POWER"),
    NATIONALITY("Nationality", "GC III 122 (identification); AP I 78", "text", "list row detail NATIONALITY"),
    CAPTURE_DATE("Date of capture", "GC III 70, 122; Annex IV capture card: taken prisoner on",
            "ISO 8601: YYYY, YYYY-MM or YYYY-MM-DD", "list row detail CAPTURE_DATE"),
    CAPTURE_PLACE("Place of capture", "GC III 70, 122; Annex IV capture card", "text", "list row detail CAPTURE_PLACE"),
    HEALTH("State of health as the list records it", "GC III 122 (state of health of the seriously ill or wounded);"
            + " Annex IV capture card: health", "text", "list row detail HEALTH"),
    NOMINATED_HEALTH("The health the party recorded when it nominated the person for an exchange", "GC III 109-110, 122",
            "code: fit, wounded, seriously-wounded-or-sick, not-applicable", "the party's nomination in the exchange agreement"),
    INTERNMENT_PLACE("Place of internment (camp)", "GC III 122; Annex IV capture card: present address",
            "text (always empty: Repatria does not record it)", "not recorded in Repatria"),
    NOTIFY_PERSON("The person to be informed", "GC III 122", "text", "list row detail NOTIFY_PERSON"),
    NOTIFY_ADDRESS("The address of the person to be informed, to which correspondence may be sent", "GC III 122",
            "text", "list row detail NOTIFY_ADDRESS"),
    FAMILY_ADDRESS("The family's address", "Annex IV capture card: address of family; AP I 78", "text",
            "list row detail FAMILY_ADDRESS"),
    TRANSFERS("Transfers between places of internment", "GC III 122",
            "text (always empty: Repatria does not record it)", "not recorded in Repatria"),
    RELEASES("Releases", "GC III 122", "text (always empty: Repatria does not record it)", "not recorded in Repatria"),
    ESCAPES("Escapes", "GC III 122", "text (always empty: Repatria does not record it)", "not recorded in Repatria"),
    HOSPITAL("Admissions to hospital", "GC III 122", "text (always empty: Repatria does not record it)",
            "not recorded in Repatria"),
    AGREEMENT("The exchange agreement the person is in (the one they were handed over in, else the latest)",
            "GC III 122 (repatriations)", "text", "exchange agreement id"),
    EXCHANGE_STATE("Where the person stands in that agreement", "GC III 122 (repatriations, deaths)",
            "code: NOMINATED, IN_TRANCHE, HANDED_OVER, RECEIVED, REFUSED_REPATRIATION, DIED_IN_CUSTODY, ...",
            "the person's lifecycle state in the agreement"),
    REPATRIATION_TRANCHE("The tranche the person was handed over in", "GC III 122 (repatriations)", "integer",
            "the crossing's record (handover check HANDED_OVER)"),
    REPATRIATION_DATE("The date the crossing recorded the person handed over", "GC III 122 (repatriations)",
            "ISO 8601 date YYYY-MM-DD (UTC)", "the crossing's record (handover check HANDED_OVER)"),
    ACT_DATE("The date the tranche's handover act was signed (receipt confirmed)", "GC III 122 (repatriations)",
            "ISO 8601 date YYYY-MM-DD (UTC)", "the tranche's handover act"),
    ACT_ENTRY("The handover act's envelope id on the log (a reader checks it there)", "none (proof)", "hex",
            "the tranche's handover act"),
    DEATH_DATE("Date of death", "GC III 120, 122", "ISO 8601: YYYY, YYYY-MM or YYYY-MM-DD",
            "the death record named in death_record, else list row detail DEATH_DATE"),
    DEATH_PLACE("Place of death", "GC III 120, 122", "text",
            "the death record named in death_record, else list row detail DEATH_PLACE"),
    DEATH_CAUSE("Cause of death", "GC III 120", "text",
            "the death record named in death_record, else list row detail DEATH_CAUSE"),
    DEATH_RECORD("The envelope id of the death record the death columns come from (its latest revision); empty when"
            + " they come from the list row", "GC III 120, 122 (deaths)", "hex", "death records");

    private final String meaning;
    private final String article;
    private final String format;
    private final String source;

    CtaColumn(String meaning, String article, String format, String source) {
        this.meaning = meaning;
        this.article = article;
        this.format = format;
        this.source = source;
    }

    /** The column's name in the CSV header: lower case, words joined by underscores. */
    public String header() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** What the column means (English). */
    public String meaning() {
        return meaning;
    }

    /** The article of GC III (or another instrument, or Annex IV's capture card field) that asks for it. */
    public String article() {
        return article;
    }

    /** How a value is written. */
    public String format() {
        return format;
    }

    /** Where in Repatria the value comes from. */
    public String source() {
        return source;
    }
}
