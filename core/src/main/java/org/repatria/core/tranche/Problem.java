package org.repatria.core.tranche;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.repatria.core.party.PartyId;

/** One way a plan breaks the agreement or the capacity: the tranche and side concerned (when one is) and the message. */
public record Problem(OptionalInt tranche, Optional<PartyId> side, String message) {
    public Problem {
        Objects.requireNonNull(tranche, "tranche");
        Objects.requireNonNull(side, "side");
        Objects.requireNonNull(message, "message");
    }
}
