package org.repatria.core.handover;

import java.time.Instant;
import java.util.Objects;
import org.repatria.core.party.PartyId;

/**
 * One link in a sample's chain of custody: what happened, when, by which party, where, a note, and for typing the DNA
 * case that holds the sample's profile (empty for the other kinds).
 */
public record SampleStep(Kind kind, Instant at, PartyId by, String where, String note, String caseId) {
    public SampleStep {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(by, "by");
        where = Objects.requireNonNullElse(where, "").strip();
        note = Objects.requireNonNullElse(note, "").strip();
        caseId = Objects.requireNonNullElse(caseId, "").strip();
        if (kind == Kind.TYPED && caseId.isEmpty()) {
            throw new HandoverException("a typing names the DNA case that holds the sample's profile");
        }
    }

    /** What happened to a sample, in the order it may happen. */
    public enum Kind {
        /** Taken from its body bag. */
        TAKEN,
        /** Sent to the laboratory. */
        SENT,
        /** Typed: its DNA profile is in a DNA case of the identification unit. */
        TYPED,
        /** Identified as a person. */
        IDENTIFIED
    }
}
