package org.repatria.core.agreement;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * The dates the terms set: when the nominations are due, when a tranche plan must be in force (optional: texts
 * signed before issue 17 have none), and when the whole exchange must be completed. Each tranche's own date is the
 * plan's (docs/decisions/0179). They come in that order: nominations, plan, completion, equal dates allowed.
 */
public record Deadlines(LocalDate nominationsBy, Optional<LocalDate> planBy, LocalDate completedBy) {
    /** The field of the canonical text (and of the form) that holds the nominations' date. */
    public static final String NOMINATIONS_BY = "nominations-by";
    /** The field that holds the plan's date. */
    public static final String PLAN_BY = "plan-by";
    /** The field that holds the completion date. */
    public static final String COMPLETED_BY = "completed-by";

    public Deadlines {
        Objects.requireNonNull(nominationsBy, "nominationsBy");
        Objects.requireNonNull(planBy, "planBy");
        Objects.requireNonNull(completedBy, "completedBy");
        if (planBy.isPresent() && planBy.get().isBefore(nominationsBy)) {
            throw new DeadlineException(PLAN_BY, "the plan cannot be due on " + planBy.get()
                    + ", before the nominations are due on " + nominationsBy + "; give a plan date on or after it");
        }
        if (completedBy.isBefore(planBy.orElse(nominationsBy))) {
            throw new DeadlineException(COMPLETED_BY, "the exchange cannot be completed by " + completedBy + ", before "
                    + (planBy.isPresent() ? "the plan is due on " + planBy.get() : "the nominations are due on " + nominationsBy)
                    + "; give a completion date on or after it");
        }
    }

    /** Nominations and completion only, as every text before issue 17 had them. */
    public Deadlines(LocalDate nominationsBy, LocalDate completedBy) {
        this(nominationsBy, Optional.empty(), completedBy);
    }

    /** All three dates. */
    public Deadlines(LocalDate nominationsBy, LocalDate planBy, LocalDate completedBy) {
        this(nominationsBy, Optional.of(planBy), completedBy);
    }
}
