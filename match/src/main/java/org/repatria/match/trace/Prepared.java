package org.repatria.match.trace;

import java.time.LocalDate;
import java.util.Optional;
import org.repatria.match.compare.PartialDate;
import org.repatria.match.compare.Profile;
import org.repatria.match.name.Name;
import org.repatria.match.name.Names;

/**
 * A child record ready for comparison: names romanised, dates read, and the father's name class taken from the
 * father's given name or, failing that, from the patronymic (Іванович and Иванович both give the class of Іван).
 */
record Prepared(ChildRecord raw, Name surname, Name givenName, Name patronymic, char sex,
                Optional<PartialDate> birthDate, Name birthPlace, Name father, Name motherGivenName,
                Name motherSurname, Optional<PartialDate> since, String fatherClass) {

    static Prepared of(ChildRecord r, Names names) {
        Name father = names.given(r.fatherGivenName());
        Name patronymic = names.patronymic(r.patronymic());
        String fatherClass = !father.equivalence().isEmpty() ? father.equivalence()
                : patronymic.equivalence().isEmpty() ? "" : patronymic.equivalence().split("\\|")[0];
        return new Prepared(r, names.plain(r.surname()), names.given(r.givenName()), patronymic,
                sex(r.sex(), patronymic), PartialDate.parse(r.birthDate()), names.place(r.birthPlace()), father,
                names.given(r.motherGivenName()), names.plain(r.motherSurname()), PartialDate.parse(r.since()),
                fatherClass);
    }

    /** The sex as written, else as the patronymic tells it (Петрівна, Petrovych), else 0. */
    private static char sex(String raw, Name patronymic) {
        char written = Profile.sexOf(raw);
        if (written != 0 || patronymic.equivalence().isEmpty()) {
            return written;
        }
        return patronymic.equivalence().endsWith("|f") ? 'f' : patronymic.equivalence().endsWith("|m") ? 'm' : 0;
    }

    /** The birth year, or 0 when unknown. */
    int birthYear() {
        return birthDate.map(PartialDate::year).orElse(0);
    }

    /** A date as a day count (the first of the month or year when only those are known). */
    static long day(PartialDate d) {
        return LocalDate.of(d.year(), Math.max(1, d.month()), Math.max(1, Math.min(d.day(), 28))).toEpochDay()
                + Math.max(0, d.day() - 28);
    }

    /** The first romanised form of a name, or "" when missing (what frequencies and keys are counted by). */
    static String form(Name n) {
        return n.missing() ? "" : n.forms().getFirst();
    }

    /** A given name's class, or its first form when the table does not know it. */
    static String givenKey(Name n) {
        return n.equivalence().isEmpty() ? form(n) : n.equivalence();
    }
}
