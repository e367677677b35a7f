package org.repatria.core.agreement;

import java.time.LocalDate;
import java.util.Objects;

/** When the nominations are due and when the whole exchange must be completed. */
public record Deadlines(LocalDate nominationsBy, LocalDate completedBy) {
    public Deadlines {
        Objects.requireNonNull(nominationsBy, "nominationsBy");
        Objects.requireNonNull(completedBy, "completedBy");
        if (completedBy.isBefore(nominationsBy)) {
            throw new AgreementException("the exchange cannot be completed by " + completedBy
                    + ", before the nominations are due on " + nominationsBy);
        }
    }
}
