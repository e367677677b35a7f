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
 * The chain of custody of one sample: taken from its bag, sent to the laboratory, typed (its profile in a DNA case),
 * identified as a person. Immutable; each step returns the longer chain. A typing may be repeated (typed again in
 * another case); an identification closes the chain.
 */
public record SampleCustody(Sample sample, List<SampleStep> steps, Optional<PersonRef> identifiedAs) {
    private static final Map<SampleStep.Kind, Set<SampleStep.Kind>> NEXT = next();

    public SampleCustody {
        Objects.requireNonNull(sample, "sample");
        steps = List.copyOf(steps);
        Objects.requireNonNull(identifiedAs, "identifiedAs");
    }

    private static Map<SampleStep.Kind, Set<SampleStep.Kind>> next() {
        Map<SampleStep.Kind, Set<SampleStep.Kind>> next = new EnumMap<>(SampleStep.Kind.class);
        next.put(SampleStep.Kind.TAKEN, EnumSet.of(SampleStep.Kind.SENT, SampleStep.Kind.TYPED));
        next.put(SampleStep.Kind.SENT, EnumSet.of(SampleStep.Kind.TYPED));
        next.put(SampleStep.Kind.TYPED, EnumSet.of(SampleStep.Kind.TYPED, SampleStep.Kind.IDENTIFIED));
        next.put(SampleStep.Kind.IDENTIFIED, EnumSet.noneOf(SampleStep.Kind.class));
        return next;
    }

    /** A chain not yet started for the sample. */
    public static SampleCustody open(Sample sample) {
        return new SampleCustody(sample, List.of(), Optional.empty());
    }

    /** The chain with one more step; {@link HandoverException} when the step cannot follow the last one. */
    public SampleCustody then(SampleStep step) {
        if (step.kind() == SampleStep.Kind.IDENTIFIED) {
            throw new HandoverException("sample " + sample.id() + ": record an identification with identify(person, step),"
                    + " which names whom the sample was identified as");
        }
        return append(step, identifiedAs);
    }

    /** The chain closed by identification as {@code person}; the step must be of kind IDENTIFIED. */
    public SampleCustody identify(PersonRef person, SampleStep step) {
        Objects.requireNonNull(person, "person");
        if (step.kind() != SampleStep.Kind.IDENTIFIED) {
            throw new HandoverException("sample " + sample.id() + ": an identification is a step of kind IDENTIFIED, not "
                    + step.kind());
        }
        return append(step, Optional.of(person));
    }

    /** The DNA case of the last typing, empty until typed. */
    public Optional<String> typedIn() {
        return steps.reversed().stream().filter(s -> s.kind() == SampleStep.Kind.TYPED).map(SampleStep::caseId).findFirst();
    }

    private SampleCustody append(SampleStep step, Optional<PersonRef> identified) {
        Optional<SampleStep> last = steps.isEmpty() ? Optional.empty() : Optional.of(steps.getLast());
        Set<SampleStep.Kind> allowed = last.map(l -> NEXT.get(l.kind())).orElse(EnumSet.of(SampleStep.Kind.TAKEN));
        if (!allowed.contains(step.kind())) {
            throw new HandoverException("sample " + sample.id() + ": " + step.kind() + " cannot follow "
                    + last.map(l -> l.kind().toString()).orElse("the start of the chain")
                    + (allowed.isEmpty() ? "; the chain is closed" : "; expected one of " + allowed));
        }
        if (last.isPresent() && step.at().isBefore(last.get().at())) {
            throw new HandoverException("sample " + sample.id() + ": the " + step.kind() + " step at " + step.at()
                    + " is earlier than the " + last.get().kind() + " step at " + last.get().at());
        }
        List<SampleStep> longer = new ArrayList<>(steps);
        longer.add(step);
        return new SampleCustody(sample, longer, identified);
    }
}
