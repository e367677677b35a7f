package org.repatria.core.handover;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.repatria.core.agreement.PersonRef;

/**
 * The chain of custody of one body bag from the crossing until identification: its tag, whom its label names, the
 * steps so far in order, and whom it was identified as. Immutable; each step returns the longer chain.
 */
public record Custody(String bodyTag, Optional<PersonRef> label, List<CustodyStep> steps, Optional<PersonRef> identifiedAs) {
    public Custody {
        if (bodyTag == null || bodyTag.isBlank()) {
            throw new HandoverException("a chain of custody needs the body tag it follows");
        }
        bodyTag = bodyTag.strip();
        Objects.requireNonNull(label, "label");
        steps = List.copyOf(steps);
        Objects.requireNonNull(identifiedAs, "identifiedAs");
    }

    /** A chain not yet started, for a bag with the given tag and label. */
    public static Custody open(String bodyTag, Optional<PersonRef> label) {
        return new Custody(bodyTag, label, List.of(), Optional.empty());
    }

    /** The chain with one more step; {@link HandoverException} when the step cannot follow the last one. */
    public Custody then(CustodyStep step) {
        throw new UnsupportedOperationException("custody not written yet");
    }

    /** The chain closed by identification as {@code person}; a step of kind IDENTIFIED is recorded. */
    public Custody identify(PersonRef person, CustodyStep step) {
        throw new UnsupportedOperationException("custody not written yet");
    }

    /** When identified as someone other than the label said: the discrepancy to record. */
    public Optional<Discrepancy.Mislabelled> mislabelled() {
        throw new UnsupportedOperationException("custody not written yet");
    }
}
