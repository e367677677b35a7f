package org.repatria.match.compare;

/**
 * Date levels: exact; near (day and month swapped, one digit wrong or two adjacent swapped, year ±1); same year or
 * within a year (as Splink's date-of-birth comparison); further apart. Splink's "within ten years" was tried and left
 * out: brothers and men of one call-up are that close, so EM weighed it barely below "different" on FEBRL4 and it let
 * brothers through on the synthetic lists.
 */
final class Dates {
    private Dates() {
    }

    static int level(PartialDate a, PartialDate b) {
        if (a.complete() && b.complete()) {
            if (a.equals(b)) {
                return 1;
            }
            boolean swapped = a.year() == b.year() && a.month() == b.day() && a.day() == b.month();
            boolean yearOff = Math.abs(a.year() - b.year()) == 1 && a.month() == b.month() && a.day() == b.day();
            if (swapped || yearOff || Edits.withinOne(a.digits(), b.digits())) {
                return 2;
            }
            if (Math.abs(a.days() - b.days()) <= 366) {
                return 3;
            }
        }
        return a.year() == b.year() ? 3 : 4;
    }
}
