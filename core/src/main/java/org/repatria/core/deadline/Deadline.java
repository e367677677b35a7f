package org.repatria.core.deadline;

import java.time.LocalDate;
import java.util.Objects;

/** One deadline of an agreement: what is due, the date it is due, and where it stands on the day asked. */
public record Deadline(Milestone milestone, LocalDate due, DeadlineState standing) {
    public Deadline {
        Objects.requireNonNull(milestone, "milestone");
        Objects.requireNonNull(due, "due");
        Objects.requireNonNull(standing, "standing");
    }

    /** Whether it was missed and is still not met. */
    public boolean overdue() {
        return standing instanceof DeadlineState.Overdue;
    }

    /** Whether it is met. */
    public boolean met() {
        return standing instanceof DeadlineState.Met;
    }
}
