package org.repatria.core.deadline;

import java.util.Objects;
import java.util.Optional;
import org.repatria.core.party.PartyId;

/** What a deadline is for: one side's nominations, the plan in force, one tranche crossing, or the whole exchange. */
public sealed interface Milestone {

    /** The side that must act, when one side alone must (its nominations); empty when both sides must. */
    default Optional<PartyId> side() {
        return Optional.empty();
    }

    /** The side's nominations sent (at least one nominee recorded). */
    record Nominations(PartyId by) implements Milestone {
        public Nominations {
            Objects.requireNonNull(by, "by");
        }

        @Override
        public Optional<PartyId> side() {
            return Optional.of(by);
        }
    }

    /** A tranche plan signed by both sides and put in force by the mediator. */
    record PlanInForce() implements Milestone {
    }

    /** Tranche {@code number} of the plan in force crossed: its act signed by both sides. */
    record Crossing(int number) implements Milestone {
        public Crossing {
            if (number < 1) {
                throw new IllegalArgumentException("tranches are numbered from 1, got " + number);
            }
        }
    }

    /** Every tranche of the plan in force crossed. */
    record Completion() implements Milestone {
    }
}
