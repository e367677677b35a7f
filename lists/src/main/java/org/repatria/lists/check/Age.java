package org.repatria.lists.check;

import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;
import org.repatria.core.person.PartialDate;

/** The youngest and oldest a person born on a partial date can be on a given day. */
record Age(int min, int max) {

    /** The age range on {@code day}; {@code null} when the birth date is unknown. */
    static Age on(PartialDate birth, LocalDate day) {
        LocalDate earliest;
        LocalDate latest;
        switch (birth) {
            case PartialDate.Unknown u -> {
                return null;
            }
            case PartialDate.Year y -> {
                earliest = LocalDate.of(y.year(), 1, 1);
                latest = LocalDate.of(y.year(), 12, 31);
            }
            case PartialDate.Month m -> {
                YearMonth month = m.month();
                earliest = month.atDay(1);
                latest = month.atEndOfMonth();
            }
            case PartialDate.Day d -> {
                earliest = d.date();
                latest = d.date();
            }
        }
        return new Age(years(latest, day), years(earliest, day));
    }

    /** Whether even the earliest possible day is after {@code day}. */
    static boolean after(PartialDate date, LocalDate day) {
        return switch (date) {
            case PartialDate.Unknown u -> false;
            case PartialDate.Year y -> y.year() > day.getYear();
            case PartialDate.Month m -> m.month().isAfter(YearMonth.from(day));
            case PartialDate.Day d -> d.date().isAfter(day);
        };
    }

    private static int years(LocalDate from, LocalDate to) {
        return from.isAfter(to) ? -1 : Period.between(from, to).getYears();
    }
}
