package org.repatria.match.trace;

import static org.repatria.match.trace.NameWeights.reason;
import static org.repatria.match.trace.Verdict.AGREE;
import static org.repatria.match.trace.Verdict.DISAGREE;
import static org.repatria.match.trace.Verdict.MISSING;
import static org.repatria.match.trace.Verdict.PARTLY;

import java.util.Optional;
import org.repatria.match.compare.PartialDate;

/**
 * The weights of the dates and of sex, as log2 Bayes factors. Among children up to 18, two unrelated ones share a
 * birth date about once in 6,500; a child's documents may move the date by days, months or a year, or swap day and
 * month, or a clerk may slip on one digit, each kind weighed by how rarely it happens by accident. A date anywhere
 * within a year or two, on no such pattern, is how a brother or sister differs, so it speaks against. A child is
 * placed or registered after the removal, mostly within months; a placement well before the removal speaks against.
 */
final class DateWeights {
    private DateWeights() {
    }

    static Reason birthDate(Prepared c, Prepared k) {
        String a = c.raw().birthDate();
        String b = k.raw().birthDate();
        if (c.birthDate().isEmpty() || k.birthDate().isEmpty()) {
            return reason(Particular.BIRTH_DATE, MISSING, "missing", a, b, 0);
        }
        PartialDate x = c.birthDate().orElseThrow();
        PartialDate y = k.birthDate().orElseThrow();
        int years = Math.abs(x.year() - y.year());
        if (!x.complete() || !y.complete()) {
            return years == 0 ? reason(Particular.BIRTH_DATE, PARTLY, "same-year", a, b, 2.5)
                    : years == 1 ? reason(Particular.BIRTH_DATE, PARTLY, "year-off", a, b, 0)
                    : reason(Particular.BIRTH_DATE, DISAGREE, "different", a, b, -5);
        }
        long days = Math.abs(Prepared.day(x) - Prepared.day(y));
        boolean sameDayAndMonth = x.month() == y.month() && x.day() == y.day();
        if (sameDayAndMonth && years == 0) {
            return reason(Particular.BIRTH_DATE, AGREE, "exact", a, b, 11);
        }
        if (years == 0 && x.month() == y.day() && x.day() == y.month()) {
            return reason(Particular.BIRTH_DATE, PARTLY, "swapped-day-month", a, b, 8);
        }
        if (sameDayAndMonth && years == 1) {
            return reason(Particular.BIRTH_DATE, PARTLY, "year-off", a, b, 7.5);
        }
        if (oneDigitOff(x, y)) {
            return reason(Particular.BIRTH_DATE, PARTLY, "one-digit-off", a, b, 5);
        }
        if (days <= 7) {
            return reason(Particular.BIRTH_DATE, PARTLY, "days-off", a, b, 5);
        }
        if (x.day() == y.day() && days <= 200) {
            return reason(Particular.BIRTH_DATE, PARTLY, "months-off", a, b, 4.5);
        }
        if (days <= 31) {
            return reason(Particular.BIRTH_DATE, PARTLY, "days-off", a, b, 3.5);
        }
        if (days <= 366) {
            return reason(Particular.BIRTH_DATE, DISAGREE, "within-a-year", a, b, -1);
        }
        return days <= 731 ? reason(Particular.BIRTH_DATE, DISAGREE, "within-two-years", a, b, -3)
                : reason(Particular.BIRTH_DATE, DISAGREE, "different", a, b, -6);
    }

    /** One digit of YYYYMMDD written wrong, or two adjacent digits swapped (a clerk's slip, not a new date). */
    static boolean oneDigitOff(PartialDate x, PartialDate y) {
        String a = String.format(java.util.Locale.ROOT, "%04d%02d%02d", x.year(), x.month(), x.day());
        String b = String.format(java.util.Locale.ROOT, "%04d%02d%02d", y.year(), y.month(), y.day());
        int first = -1;
        int differ = 0;
        for (int i = 0; i < a.length(); i++) {
            if (a.charAt(i) != b.charAt(i)) {
                first = differ++ == 0 ? i : first;
            }
        }
        return differ == 1 || (differ == 2 && first + 1 < a.length() && a.charAt(first) == b.charAt(first + 1)
                && a.charAt(first + 1) == b.charAt(first));
    }

    /** The case's removal against the candidate's placement or registration. */
    static Reason removal(Prepared c, Prepared k) {
        String a = c.raw().since();
        String b = k.raw().since();
        Optional<PartialDate> removed = c.since();
        Optional<PartialDate> placed = k.since();
        if (removed.isEmpty() || placed.isEmpty()) {
            return reason(Particular.REMOVAL, MISSING, "missing", a, b, 0);
        }
        long after = Prepared.day(placed.orElseThrow()) - Prepared.day(removed.orElseThrow());
        if (after < -31) {
            return reason(Particular.REMOVAL, DISAGREE, "placed-before-removal", a, b, -4);
        }
        if (after <= 31) {
            return reason(Particular.REMOVAL, AGREE, "within-a-month", a, b, 2.5);
        }
        if (after <= 183) {
            return reason(Particular.REMOVAL, PARTLY, "within-six-months", a, b, 2);
        }
        return after <= 731 ? reason(Particular.REMOVAL, DISAGREE, "within-two-years", a, b, -0.5)
                : reason(Particular.REMOVAL, DISAGREE, "years-later", a, b, -2);
    }

    static Reason sex(Prepared c, Prepared k) {
        String a = c.raw().sex();
        String b = k.raw().sex();
        if (c.sex() == 0 || k.sex() == 0) {
            return reason(Particular.SEX, MISSING, "missing", a, b, 0);
        }
        return c.sex() == k.sex() ? reason(Particular.SEX, AGREE, "same", a, b, 1)
                : reason(Particular.SEX, DISAGREE, "different", a, b, -5);
    }
}
