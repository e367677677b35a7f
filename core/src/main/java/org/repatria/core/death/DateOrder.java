package org.repatria.core.death;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.Instant;
import org.repatria.core.person.PartialDate;

/**
 * A death date must not be after the record's date nor before birth. Partial dates are spans (a year is its first to
 * its last day); a date is refused only when no day of its span can be right.
 */
final class DateOrder {
    private DateOrder() {
    }

    static void check(PartialDate birth, PartialDate death, Instant recordedAt) {
        LocalDate recorded = LocalDate.ofInstant(recordedAt, ZoneOffset.UTC);
        if (death instanceof PartialDate.Unknown) {
            return;
        }
        if (first(death).isAfter(recorded)) {
            throw new DeathRecordException("death_date", "field death_date: " + death.iso() + " is after the record's date "
                    + recorded + "; a death is recorded after it happened");
        }
        if (!(birth instanceof PartialDate.Unknown) && last(death).isBefore(first(birth))) {
            throw new DeathRecordException("death_date", "field death_date: " + death.iso() + " is before the date of birth "
                    + birth.iso());
        }
    }

    private static LocalDate first(PartialDate d) {
        return switch (d) {
            case PartialDate.Day x -> x.date();
            case PartialDate.Month x -> x.month().atDay(1);
            case PartialDate.Year x -> LocalDate.of(x.year(), 1, 1);
            case PartialDate.Unknown x -> LocalDate.MIN;
        };
    }

    private static LocalDate last(PartialDate d) {
        return switch (d) {
            case PartialDate.Day x -> x.date();
            case PartialDate.Month x -> x.month().atEndOfMonth();
            case PartialDate.Year x -> LocalDate.of(x.year(), 12, 31);
            case PartialDate.Unknown x -> LocalDate.MAX;
        };
    }
}
