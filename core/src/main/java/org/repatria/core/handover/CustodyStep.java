package org.repatria.core.handover;

import java.time.Instant;
import java.util.Objects;
import org.repatria.core.party.PartyId;

/** One link in the chain of custody of remains: what happened, when, by which party, where. */
public record CustodyStep(Kind kind, Instant at, PartyId by, String where, String note) {
    public CustodyStep {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(by, "by");
        where = Objects.requireNonNullElse(where, "").strip();
        note = Objects.requireNonNullElse(note, "").strip();
    }

    /** What happened to the remains, in the order it may happen. */
    public enum Kind {
        /** Handed over at the crossing, in a container and wagon. */
        HANDED_OVER,
        /** Received by the other side. */
        RECEIVED,
        /** Stored in a morgue or refrigerated facility. */
        STORED,
        /** A DNA sample was taken. */
        SAMPLED,
        /** Identified as a person. */
        IDENTIFIED,
        /** Returned to the side whose forces they belong to. */
        RETURNED
    }
}
