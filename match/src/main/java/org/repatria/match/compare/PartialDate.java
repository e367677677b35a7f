package org.repatria.match.compare;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A birth date known to the day or only to the year (month and day 0 when unknown). */
public record PartialDate(int year, int month, int day) {
    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
    private static final Pattern DOTTED = Pattern.compile("(\\d{1,2})[./](\\d{1,2})[./](\\d{4})");
    private static final Pattern COMPACT = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");
    private static final Pattern YEAR = Pattern.compile("(\\d{4})");

    /** Reads YYYY-MM-DD, DD.MM.YYYY, YYYYMMDD or YYYY; anything else (or an impossible month/day) is empty. */
    public static Optional<PartialDate> parse(String text) {
        String s = text.strip();
        Matcher m;
        if ((m = ISO.matcher(s)).matches() || (m = COMPACT.matcher(s)).matches()) {
            return full(m.group(1), m.group(2), m.group(3));
        }
        if ((m = DOTTED.matcher(s)).matches()) {
            return full(m.group(3), m.group(2), m.group(1));
        }
        if ((m = YEAR.matcher(s)).matches()) {
            return Optional.of(new PartialDate(Integer.parseInt(m.group(1)), 0, 0));
        }
        return Optional.empty();
    }

    private static Optional<PartialDate> full(String y, String mo, String d) {
        int month = Integer.parseInt(mo);
        int day = Integer.parseInt(d);
        if (month < 1 || month > 12 || day < 1 || day > 31) {
            return Optional.of(new PartialDate(Integer.parseInt(y), 0, 0));
        }
        return Optional.of(new PartialDate(Integer.parseInt(y), month, day));
    }

    /** Whether day and month are known. */
    public boolean complete() {
        return month > 0;
    }

    /** Days since year 0, by 365.25-day years and 30.44-day months: exact enough to tell "within a year" (31 February is allowed). */
    double days() {
        return year * 365.25 + (month - 1) * 30.44 + day;
    }

    /** YYYYMMDD, for digit-level comparison. */
    String digits() {
        if (year < 0 || year > 9999 || month < 0 || month > 99 || day < 0 || day > 99) {
            return String.format(java.util.Locale.ROOT, "%04d%02d%02d", year, month, day);
        }
        // As the format above writes it, without parsing a format for every pair compared.
        char[] d = {digit(year / 1000), digit(year / 100), digit(year / 10), digit(year), digit(month / 10), digit(month),
                digit(day / 10), digit(day)};
        return new String(d);
    }

    private static char digit(int n) {
        return (char) ('0' + n % 10);
    }
}
