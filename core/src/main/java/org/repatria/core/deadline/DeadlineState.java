package org.repatria.core.deadline;

import java.time.LocalDate;
import java.util.Objects;

/** Where a deadline stands on a day: met (on a date), still open (days left, 0 on the day itself), or overdue. */
public sealed interface DeadlineState {

    /** Met on {@code on}, which may be after the date it was due (met late). */
    record Met(LocalDate on) implements DeadlineState {
        public Met {
            Objects.requireNonNull(on, "on");
        }
    }

    /** Not met yet; {@code daysLeft} whole days to the date, 0 when it is due today. */
    record Open(long daysLeft) implements DeadlineState {
        public Open {
            if (daysLeft < 0) {
                throw new IllegalArgumentException("an open deadline has 0 or more days left, got " + daysLeft);
            }
        }
    }

    /** Not met and its date passed {@code daysLate} days ago (1 or more). */
    record Overdue(long daysLate) implements DeadlineState {
        public Overdue {
            if (daysLate < 1) {
                throw new IllegalArgumentException("an overdue deadline is 1 or more days late, got " + daysLate);
            }
        }
    }
}
