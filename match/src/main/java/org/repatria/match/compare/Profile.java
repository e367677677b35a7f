package org.repatria.match.compare;

import java.util.Optional;
import org.repatria.match.name.Name;

/**
 * One person prepared for comparison. {@code sex} is 'm', 'f' or 0 when unknown; {@code identifier} is a military or
 * other document number reduced to lower-case Latin letters and digits ("" when missing).
 */
public record Profile(Name surname, Name givenName, Name patronymic, char sex, Optional<PartialDate> birthDate,
                      Name birthPlace, String identifier, Name unit, Address address) {

    /** A profile without an address. */
    public Profile(Name surname, Name givenName, Name patronymic, char sex, Optional<PartialDate> birthDate,
                   Name birthPlace, String identifier, Name unit) {
        this(surname, givenName, patronymic, sex, birthDate, birthPlace, identifier, unit, Address.EMPTY);
    }
}
