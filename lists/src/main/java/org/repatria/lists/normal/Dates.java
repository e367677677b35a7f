package org.repatria.lists.normal;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import org.repatria.core.person.PartialDate;

/**
 * Reads the date forms lists use: {@code YYYY-MM-DD}, {@code DD.MM.YYYY} (also with {@code /} or
 * {@code -}), {@code MM.YYYY}, {@code YYYY-MM}, {@code YYYY}, or empty; a trailing {@code р.}/{@code г.}
 * (year) and a midnight time written by spreadsheets are ignored. Precision is kept as given.
 */
public final class Dates {
    private Dates() {
    }

    /** The reading of already-cleaned cell text. */
    public static DateReading read(String text) {
        String t = stripDecorations(text);
        if (t.isEmpty()) {
            return new DateReading.Read(PartialDate.unknown());
        }
        int[] parts = new int[3];
        int[] widths = new int[3];
        int count = 0;
        char separator = 0;
        int i = 0;
        while (i < t.length()) {
            if (count == 3) {
                return new DateReading.Unreadable();
            }
            int start = i;
            int value = 0;
            while (i < t.length() && t.charAt(i) >= '0' && t.charAt(i) <= '9' && i - start < 4) {
                value = value * 10 + (t.charAt(i++) - '0');
            }
            if (i == start) {
                return new DateReading.Unreadable();
            }
            parts[count] = value;
            widths[count++] = i - start;
            if (i < t.length()) {
                char c = t.charAt(i++);
                if ((c != '.' && c != '/' && c != '-') || (separator != 0 && c != separator) || i == t.length()) {
                    return new DateReading.Unreadable();
                }
                separator = c;
            }
        }
        return interpret(parts, widths, count);
    }

    private static DateReading interpret(int[] p, int[] w, int count) {
        if (count == 1 && w[0] == 4) {
            return year(p[0]);
        }
        if (count == 2 && w[0] == 4 && w[1] <= 2) {
            return month(p[0], p[1]);
        }
        if (count == 2 && w[0] <= 2 && w[1] == 4) {
            return month(p[1], p[0]);
        }
        if (count == 3 && w[0] == 4 && w[1] <= 2 && w[2] <= 2) {
            return day(p[0], p[1], p[2]);
        }
        if (count == 3 && w[0] <= 2 && w[1] <= 2 && w[2] == 4) {
            return day(p[2], p[1], p[0]);
        }
        return new DateReading.Unreadable();
    }

    private static DateReading year(int year) {
        try {
            return new DateReading.Read(new PartialDate.Year(year));
        } catch (IllegalArgumentException e) {
            return new DateReading.Impossible();
        }
    }

    private static DateReading month(int year, int month) {
        try {
            return new DateReading.Read(new PartialDate.Month(YearMonth.of(year, month)));
        } catch (DateTimeException | IllegalArgumentException e) {
            return new DateReading.Impossible(possibleYear(year));
        }
    }

    private static DateReading day(int year, int month, int day) {
        PartialDate asWritten = dayOrNull(year, month, day);
        if (asWritten != null) {
            return new DateReading.Read(asWritten);
        }
        PartialDate swapped = dayOrNull(year, day, month);
        return swapped != null ? new DateReading.Swapped(swapped) : new DateReading.Impossible(possibleYear(year));
    }

    private static Optional<PartialDate.Year> possibleYear(int year) {
        return year(year) instanceof DateReading.Read(PartialDate.Year y) ? Optional.of(y) : Optional.empty();
    }

    private static PartialDate dayOrNull(int year, int month, int day) {
        try {
            return new PartialDate.Day(LocalDate.of(year, month, day));
        } catch (DateTimeException | IllegalArgumentException e) {
            return null;
        }
    }

    private static String stripDecorations(String text) {
        String t = text;
        for (String suffix : new String[] {" 00:00:00", " 0:00:00", " 00:00", "T00:00:00", " р.", " г.", "р.", "г.", " р", " г"}) {
            if (t.endsWith(suffix)) {
                t = t.substring(0, t.length() - suffix.length());
                break;
            }
        }
        return t.strip();
    }
}
