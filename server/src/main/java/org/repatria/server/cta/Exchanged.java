package org.repatria.server.cta;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What the exchanges record of one person of the exporting party: the agreement, the person's state in it, the health
 * the party gave at nomination, and, once handed over, the tranche, the crossing's time and the tranche's act.
 */
record Exchanged(String agreement, String state, String nominatedHealth, OptionalInt tranche, Optional<Instant> handedOver,
                 Optional<Instant> actSigned, String actEnvelope) {
    Exchanged {
        Objects.requireNonNull(agreement, "agreement");
        state = Objects.requireNonNullElse(state, "");
        nominatedHealth = Objects.requireNonNullElse(nominatedHealth, "");
        Objects.requireNonNull(tranche, "tranche");
        Objects.requireNonNull(handedOver, "handedOver");
        Objects.requireNonNull(actSigned, "actSigned");
        actEnvelope = Objects.requireNonNullElse(actEnvelope, "");
    }

    /** Whether the crossing recorded the person handed over. */
    boolean crossed() {
        return handedOver.isPresent();
    }
}
