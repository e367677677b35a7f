package org.repatria.server.linkage;

import org.repatria.core.person.DetailField;
import org.repatria.core.person.DetailValue;
import org.repatria.core.person.PartialDate;
import org.repatria.core.person.Person;
import org.repatria.core.person.PersonName;
import org.repatria.match.PersonRecord;

/** A list's row as the matcher reads it; one mapping for the server's match runs and {@code repatria match}. */
public final class MatchRecords {
    private MatchRecords() {
    }

    /**
     * The name as written (the matcher compares across scripts itself), the Latin form when the list wrote no name; a
     * month-precise date as its year, as the matcher reads dates to the day or year; the family's address (a child's,
     * AP I art. 78), else the address of the person to notify (GC III art. 122).
     */
    public static PersonRecord of(Person p) {
        PersonName n = p.name().isEmpty() ? p.latin() : p.name();
        String sex = switch (p.sex()) {
            case MALE -> "M";
            case FEMALE -> "F";
            case UNKNOWN -> "";
        };
        return new PersonRecord(p.rowId(), n.surname(), n.givenName(), n.patronymic(), sex, birthDate(p.birthDate()),
                p.birthPlace(), p.militaryId(), p.unit(), address(p));
    }

    private static String address(Person p) {
        return p.details().get(DetailField.FAMILY_ADDRESS).or(() -> p.details().get(DetailField.NOTIFY_ADDRESS))
                .map(DetailValue::display).orElse("");
    }

    private static String birthDate(PartialDate date) {
        return date instanceof PartialDate.Month m ? String.valueOf(m.month().getYear()) : date.iso();
    }
}
