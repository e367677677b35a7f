package org.repatria.core.tranche;

import java.util.Objects;
import org.repatria.core.agreement.Nominee;

/** A person who was in a tranche but did not cross, and why; the side that held them owes a replacement. */
public record DropOut(Nominee nominee, int tranche, Reason reason) {
    public DropOut {
        Objects.requireNonNull(nominee, "nominee");
        Objects.requireNonNull(reason, "reason");
        if (tranche < 1) {
            throw new PlanningException("a drop-out names the tranche they were in, from 1; got " + tranche);
        }
    }

    /** Why a person did not cross. */
    public enum Reason {
        /** Refused repatriation after a private interview with the mediator. */
        REFUSED_REPATRIATION,
        /** Not found where the holder said they were. */
        NOT_FOUND,
        /** Died in custody before the handover. */
        DIED_IN_CUSTODY,
        /** Withdrawn from the exchange. */
        WITHDRAWN
    }
}
