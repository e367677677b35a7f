package org.repatria.match.compare;

/**
 * Date levels: exact; near (day and month swapped, one digit wrong or two adjacent swapped, year ±1); same year or
 * within a year; within ten years; further apart. The last two follow Splink's date-of-birth comparison: a date that is
 * wrong but close is weaker evidence against than one from another generation.
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
        if (a.year() == b.year()) {
            return 3;
        }
        return Math.abs(a.year() - b.year()) <= 10 ? 4 : 5;
    }
}
