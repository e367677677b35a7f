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

    /** The sex a list writes (M/F, Ч/Ж, М, male/female, 1/2) as 'm', 'f' or 0 when missing or unreadable. */
    public static char sexOf(String raw) {
        String s = raw.strip().toLowerCase(java.util.Locale.ROOT);
        if (s.isEmpty()) {
            return 0;
        }
        return switch (s.charAt(0)) {
            case 'm', 'ч', 'м', '1' -> 'm';
            case 'f', 'ж', 'w', '2' -> 'f';
            default -> 0;
        };
    }
}
