package org.repatria.server.desk;

import com.ibm.icu.text.MessageFormat;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * A deadline against today's date (UTC, from the injectable clock) in the reader's words: "3 days left", "due today",
 * "overdue by 2 days" (keys {@code due.left}, {@code due.today}, {@code due.overdue}; plural forms by ICU's rules, so
 * Ukrainian and Russian get one/few/many).
 */
final class DaysLeft {
    private final Clock clock;

    DaysLeft(Clock clock) {
        this.clock = clock;
    }

    /** Today's date in UTC by the clock. */
    LocalDate today() {
        return LocalDate.now(clock.withZone(ZoneOffset.UTC));
    }

    /** Days from today to the deadline: positive while time is left, 0 on the day, negative once overdue. */
    long days(LocalDate deadline) {
        return ChronoUnit.DAYS.between(today(), deadline);
    }

    /** Whether the deadline has passed (the day after it and later). */
    boolean overdue(LocalDate deadline) {
        return days(deadline) < 0;
    }

    /** The deadline in the reader's words. */
    String words(LocalDate deadline, Text t) {
        long d = days(deadline);
        if (d == 0) {
            return t.get("due.today");
        }
        String pattern = d > 0 ? t.get("due.left") : t.get("due.overdue");
        return new MessageFormat(pattern, t.locale()).format(new Object[] {Math.abs(d)});
    }
}
