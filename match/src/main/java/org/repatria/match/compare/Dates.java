package org.repatria.match.compare;

/** Date levels: exact; near (day and month swapped, one digit wrong or two adjacent swapped, year ±1); same year; different. */
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
            if (swapped || yearOff || oneOff(a.digits(), b.digits())) {
                return 2;
            }
        }
        return a.year() == b.year() ? 3 : 4;
    }

    /** Same length and either one position differs or two adjacent positions are swapped. */
    static boolean oneOff(String a, String b) {
        if (a.length() != b.length()) {
            return false;
        }
        int first = -1;
        int count = 0;
        for (int i = 0; i < a.length(); i++) {
            if (a.charAt(i) != b.charAt(i)) {
                if (count++ == 0) {
                    first = i;
                }
            }
        }
        if (count == 1) {
            return true;
        }
        return count == 2 && first + 1 < a.length() && a.charAt(first) == b.charAt(first + 1)
                && a.charAt(first + 1) == b.charAt(first);
    }
}
