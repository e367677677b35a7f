package org.repatria.core.person;

import java.time.LocalDate;
import java.time.YearMonth;

/** A date known to a given precision: lists often give only the year, or nothing. */
public sealed interface PartialDate {

    /** No date recorded. */
    record Unknown() implements PartialDate {
        @Override
        public String iso() {
            return "";
        }
    }

    /** Only the year is known. */
    record Year(int year) implements PartialDate {
        public Year {
            requireYearInRange(year);
        }

        @Override
        public String iso() {
            return String.format(java.util.Locale.ROOT, "%04d", year);
        }
    }

    /** Month and year are known. */
    record Month(YearMonth month) implements PartialDate {
        public Month {
            requireYearInRange(java.util.Objects.requireNonNull(month, "month").getYear());
        }

        @Override
        public String iso() {
            return month.toString();
        }
    }

    /** The full day is known. */
    record Day(LocalDate date) implements PartialDate {
        public Day {
            requireYearInRange(java.util.Objects.requireNonNull(date, "date").getYear());
        }

        @Override
        public String iso() {
            return date.toString();
        }
    }

    /** ISO 8601 at the known precision: {@code 1998}, {@code 1998-03}, {@code 1998-03-12}, or empty. */
    String iso();

    /** The unknown date. */
    static PartialDate unknown() {
        return new Unknown();
    }

    /** Parses the ISO form written by {@link #iso()}; {@link IllegalArgumentException} naming the text if it is not one. */
    static PartialDate parseIso(String text) {
        String t = text == null ? "" : text.strip();
        try {
            return switch (t.length()) {
                case 0 -> new Unknown();
                case 4 -> new Year(Integer.parseInt(t));
                case 7 -> new Month(YearMonth.parse(t));
                case 10 -> new Day(LocalDate.parse(t));
                default -> throw new IllegalArgumentException("expected YYYY, YYYY-MM or YYYY-MM-DD");
            };
        } catch (RuntimeException e) { // NumberFormatException, DateTimeParseException, out of range
            throw new IllegalArgumentException("not an ISO partial date: '" + t + "' (" + e.getMessage() + ")", e);
        }
    }

    private static void requireYearInRange(int year) {
        // Same range at every precision, so that a date never outgrows its four-digit ISO year.
        if (year < 1850 || year > 2200) {
            throw new IllegalArgumentException("year out of range 1850-2200: " + year);
        }
    }

    /** The year, when at least the year is known. */
    default java.util.OptionalInt knownYear() {
        return switch (this) {
            case Unknown u -> java.util.OptionalInt.empty();
            case Year y -> java.util.OptionalInt.of(y.year());
            case Month m -> java.util.OptionalInt.of(m.month().getYear());
            case Day d -> java.util.OptionalInt.of(d.date().getYear());
        };
    }
}
