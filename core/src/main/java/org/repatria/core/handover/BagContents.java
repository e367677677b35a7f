package org.repatria.core.handover;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.repatria.core.agreement.PersonRef;

/** One body bag as counted: its tag, whom its label (the manifest line it crossed for) names, and its samples' chains. */
public record BagContents(String bodyTag, Optional<PersonRef> label, List<SampleCustody> samples) {
    public BagContents {
        bodyTag = Objects.requireNonNullElse(bodyTag, "").strip();
        Objects.requireNonNull(label, "label");
        samples = List.copyOf(samples);
        for (SampleCustody s : samples) {
            if (!s.sample().bodyTag().equals(bodyTag)) {
                throw new HandoverException("sample " + s.sample().id() + " was taken from bag " + s.sample().bodyTag()
                        + ", not from bag " + bodyTag);
            }
        }
    }

    /**
     * The persons whose remains the bag holds, as far as known: those its samples were identified as when any was,
     * else whom its label names, else none.
     */
    public List<PersonRef> persons() {
        List<PersonRef> identified = samples.stream().flatMap(s -> s.identifiedAs().stream()).distinct().toList();
        return identified.isEmpty() ? label.stream().toList() : identified;
    }
}
