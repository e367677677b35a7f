package org.repatria.match;

import java.util.Objects;

/**
 * One person as a list gives them, every field as written ("" when missing): names in Ukrainian or Russian Cyrillic
 * or any Latin romanisation; {@code sex} as M/F/Ч/Ж (or male/female); {@code birthDate} as YYYY-MM-DD, DD.MM.YYYY,
 * YYYYMMDD or YYYY.
 */
public record PersonRecord(String id, String surname, String givenName, String patronymic, String sex, String birthDate,
                           String birthPlace, String militaryId, String unit) {
    public PersonRecord {
        Objects.requireNonNull(id, "id (use a row number when the list has none)");
        Objects.requireNonNull(surname, "surname (use \"\" when missing)");
        Objects.requireNonNull(givenName, "givenName (use \"\" when missing)");
        Objects.requireNonNull(patronymic, "patronymic (use \"\" when missing)");
        Objects.requireNonNull(sex, "sex (use \"\" when missing)");
        Objects.requireNonNull(birthDate, "birthDate (use \"\" when missing)");
        Objects.requireNonNull(birthPlace, "birthPlace (use \"\" when missing)");
        Objects.requireNonNull(militaryId, "militaryId (use \"\" when missing)");
        Objects.requireNonNull(unit, "unit (use \"\" when missing)");
    }
}
