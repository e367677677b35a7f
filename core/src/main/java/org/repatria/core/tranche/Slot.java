package org.repatria.core.tranche;

import java.time.LocalDate;
import java.util.Objects;

/** A date and crossing point offered for a tranche, with what each direction can carry there. */
public record Slot(LocalDate date, String crossing, Capacity capacity) {
    public Slot {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(capacity, "capacity");
        if (crossing == null || crossing.isBlank()) {
            throw new PlanningException("the slot on " + date + " needs a crossing point");
        }
        crossing = crossing.strip();
    }
}
