package org.repatria.match.compare;

/**
 * A birth date as one int for {@link ProfileColumns} ({@code 1 + YYYYMMDD}; 0 when missing, −1 when a part is out of
 * the range a list writes, whose pairs are then tested on the {@link PartialDate}s), and the birth date levels' tests
 * of {@link Dates} on it, answering as they do.
 */
final class DateCode {
    static final int MISSING = 0;
    static final int ODD = -1;

    private DateCode() {
    }

    static int of(PartialDate d) {
        if (d.year() < 0 || d.year() > 9999 || d.month() < 0 || d.month() > 99 || d.day() < 0 || d.day() > 99) {
            return ODD;
        }
        return 1 + d.year() * 10_000 + d.month() * 100 + d.day();
    }

    /** The level of {@code Field.BIRTH_DATE} for two codes neither missing nor odd: 1 exact, 2 near, 3 within a year, 4. */
    static int level(int a, int b) {
        int x = a - 1;
        int y = b - 1;
        int ma = x / 100 % 100;
        int mb = y / 100 % 100;
        boolean complete = ma > 0 && mb > 0;
        if (complete && x == y) {
            return 1;
        }
        int ya = x / 10_000;
        int yb = y / 10_000;
        int da = x % 100;
        int db = y % 100;
        if (complete && (ya == yb && ma == db && da == mb || Math.abs(ya - yb) == 1 && ma == mb && da == db
                || digitsWithinOne(x, y))) {
            return 2;
        }
        if (complete && Math.abs(days(ya, ma, da) - days(yb, mb, db)) <= 366 || ya == yb) {
            return 3;
        }
        return 4;
    }

    /** As {@code PartialDate.days}. */
    private static double days(int year, int month, int day) {
        return year * 365.25 + (month - 1) * 30.44 + day;
    }

    /** {@code Edits.withinOne} on the two dates' eight digits (YYYYMMDD), one digit a nibble. */
    static boolean digitsWithinOne(int x, int y) {
        long p = nibbles(x);
        long q = nibbles(y);
        long diff = p ^ q;
        if (diff == 0) {
            return true;
        }
        // Digit 0 is the highest nibble of the 32 bits; i is the first digit that differs.
        int i = (Long.numberOfLeadingZeros(diff) - 32) / 4;
        if ((diff & ((1L << 4 * (7 - i)) - 1)) == 0) {
            return true;
        }
        return i < 7 && digit(p, i) == digit(q, i + 1) && digit(p, i + 1) == digit(q, i)
                && (diff & ((1L << 4 * (6 - i)) - 1)) == 0;
    }

    private static long nibbles(int yyyymmdd) {
        long n = 0;
        int v = yyyymmdd;
        for (int k = 0; k < 8; k++) {
            n |= (long) (v % 10) << 4 * k;
            v /= 10;
        }
        return n;
    }

    private static long digit(long nibbles, int i) {
        return nibbles >>> 4 * (7 - i) & 0xF;
    }
}
