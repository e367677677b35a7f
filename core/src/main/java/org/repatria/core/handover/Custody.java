package org.repatria.core.handover;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.repatria.core.agreement.PersonRef;

/**
 * The chain of custody of one body bag from the crossing until identification: its tag, whom its label names, the
 * steps so far in order, and whom it was identified as. Immutable; each step returns the longer chain.
 */
public record Custody(String bodyTag, Optional<PersonRef> label, List<CustodyStep> steps, Optional<PersonRef> identifiedAs) {
    private static final Map<CustodyStep.Kind, Set<CustodyStep.Kind>> NEXT = next();

    public Custody {
        if (bodyTag == null || bodyTag.isBlank()) {
            throw new HandoverException("a chain of custody needs the body tag it follows");
        }
        bodyTag = bodyTag.strip();
        Objects.requireNonNull(label, "label");
        steps = List.copyOf(steps);
        Objects.requireNonNull(identifiedAs, "identifiedAs");
    }

    private static Map<CustodyStep.Kind, Set<CustodyStep.Kind>> next() {
        Set<CustodyStep.Kind> held = EnumSet.of(CustodyStep.Kind.STORED, CustodyStep.Kind.SAMPLED, CustodyStep.Kind.IDENTIFIED,
                CustodyStep.Kind.RETURNED);
        Map<CustodyStep.Kind, Set<CustodyStep.Kind>> next = new EnumMap<>(CustodyStep.Kind.class);
        next.put(CustodyStep.Kind.HANDED_OVER, EnumSet.of(CustodyStep.Kind.RECEIVED));
        next.put(CustodyStep.Kind.RECEIVED, held);
        next.put(CustodyStep.Kind.STORED, held);
        next.put(CustodyStep.Kind.SAMPLED, held);
        next.put(CustodyStep.Kind.IDENTIFIED, EnumSet.of(CustodyStep.Kind.RETURNED));
        next.put(CustodyStep.Kind.RETURNED, EnumSet.noneOf(CustodyStep.Kind.class));
        return next;
    }

    /** A chain not yet started, for a bag with the given tag and label. */
    public static Custody open(String bodyTag, Optional<PersonRef> label) {
        return new Custody(bodyTag, label, List.of(), Optional.empty());
    }

    /** The chain with one more step; {@link HandoverException} when the step cannot follow the last one. */
    public Custody then(CustodyStep step) {
        if (step.kind() == CustodyStep.Kind.IDENTIFIED) {
            throw new HandoverException("body " + bodyTag + ": record an identification with identify(person, step), which"
                    + " names whom the remains were identified as");
        }
        return append(step, identifiedAs);
    }

    /** The chain closed by identification as {@code person}; the step must be of kind IDENTIFIED. */
    public Custody identify(PersonRef person, CustodyStep step) {
        Objects.requireNonNull(person, "person");
        if (step.kind() != CustodyStep.Kind.IDENTIFIED) {
            throw new HandoverException("body " + bodyTag + ": an identification is recorded by a step of kind IDENTIFIED, not "
                    + step.kind());
        }
        return append(step, Optional.of(person));
    }

    /** When identified as someone other than the label said: the discrepancy to record. */
    public Optional<Discrepancy.Mislabelled> mislabelled() {
        if (label.isEmpty() || identifiedAs.isEmpty() || label.equals(identifiedAs)) {
            return Optional.empty();
        }
        return Optional.of(new Discrepancy.Mislabelled(bodyTag, label.get(), identifiedAs.get()));
    }

    private Custody append(CustodyStep step, Optional<PersonRef> identified) {
        Optional<CustodyStep> last = steps.isEmpty() ? Optional.empty() : Optional.of(steps.getLast());
        Set<CustodyStep.Kind> allowed = last.map(l -> NEXT.get(l.kind())).orElse(EnumSet.of(CustodyStep.Kind.HANDED_OVER));
        if (!allowed.contains(step.kind())) {
            throw new HandoverException("body " + bodyTag + ": " + step.kind() + " cannot follow "
                    + last.map(l -> l.kind().toString()).orElse("the start of the chain") + "; expected one of " + allowed);
        }
        if (last.isPresent() && step.at().isBefore(last.get().at())) {
            throw new HandoverException("body " + bodyTag + ": the " + step.kind() + " step at " + step.at()
                    + " is earlier than the " + last.get().kind() + " step at " + last.get().at());
        }
        List<CustodyStep> longer = new ArrayList<>(steps);
        longer.add(step);
        return new Custody(bodyTag, label, longer, identified);
    }
}
