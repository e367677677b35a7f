package org.repatria.match;

import java.util.Objects;

/**
 * One person as a list gives them, every field as written ("" when missing): names in Ukrainian or Russian Cyrillic
 * or any Latin romanisation; {@code sex} as M/F/Ч/Ж (or male/female); {@code birthDate} as YYYY-MM-DD, DD.MM.YYYY,
 * YYYYMMDD or YYYY; {@code address} is any address the list gives for the person (a family's, a last residence).
 */
public record PersonRecord(String id, String surname, String givenName, String patronymic, String sex, String birthDate,
                           String birthPlace, String militaryId, String unit, String address) {
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
        Objects.requireNonNull(address, "address (use \"\" when missing)");
    }

    /** A person without an address. */
    public PersonRecord(String id, String surname, String givenName, String patronymic, String sex, String birthDate,
                        String birthPlace, String militaryId, String unit) {
        this(id, surname, givenName, patronymic, sex, birthDate, birthPlace, militaryId, unit, "");
    }
}
