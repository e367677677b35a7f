package org.repatria.core.death;

import java.util.Objects;
import org.repatria.core.person.PartialDate;
import org.repatria.core.person.Person;

/**
 * Who died, as known (GC III art. 120 with art. 17's particulars; GC I art. 16): surname, given names, patronymic,
 * date of birth, service (military) number, unit and rank. The surname is required; the rest may be empty (unknown).
 * Each text at most {@link Person#MAX_TEXT} characters.
 */
public record Identity(String surname, String givenNames, String patronymic, PartialDate birthDate, String serviceNumber,
                       String unit, String rank) {
    /** The most characters of a name part, the service number, the unit or the rank (the list rows' own limit). */
    public static final int MAX_TEXT = Person.MAX_TEXT;

    public Identity {
        surname = Lines.required("surname", surname, MAX_TEXT);
        givenNames = Lines.optional("given_names", givenNames, MAX_TEXT);
        patronymic = Lines.optional("patronymic", patronymic, MAX_TEXT);
        Objects.requireNonNull(birthDate, "birthDate");
        serviceNumber = Lines.optional("service_number", serviceNumber, MAX_TEXT);
        unit = Lines.optional("unit", unit, MAX_TEXT);
        rank = Lines.optional("rank", rank, MAX_TEXT);
    }
}
