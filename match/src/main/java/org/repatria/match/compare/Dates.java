package org.repatria.match.compare;

/**
 * The birth date levels' tests: exact; near (day and month swapped, one digit wrong or two adjacent swapped, year ±1);
 * same year or within a year (as Splink's date-of-birth comparison); further apart. Splink's "within ten years" was
 * tried and left out: brothers and men of one call-up are that close, so EM weighed it barely below "different" on
 * FEBRL4 and it let brothers through on the synthetic lists.
 */
final class Dates {
    private Dates() {
    }

    static boolean exact(PartialDate a, PartialDate b) {
        return a.complete() && b.complete() && a.equals(b);
    }

    static boolean near(PartialDate a, PartialDate b) {
        if (!a.complete() || !b.complete()) {
            return false;
        }
        boolean swapped = a.year() == b.year() && a.month() == b.day() && a.day() == b.month();
        boolean yearOff = Math.abs(a.year() - b.year()) == 1 && a.month() == b.month() && a.day() == b.day();
        return swapped || yearOff || Edits.withinOne(a.digits(), b.digits());
    }

    static boolean withinAYear(PartialDate a, PartialDate b) {
        return (a.complete() && b.complete() && Math.abs(a.days() - b.days()) <= 366) || a.year() == b.year();
    }
}
