package org.repatria.core.handover;

import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * A manifest checked against what was presented: who crossed, and every discrepancy. Matching is by service number,
 * then body tag, then by name through the caller's {@link NameComparison}.
 */
public record Reconciliation(Manifest manifest, List<Crossed> crossed, List<Discrepancy> discrepancies) {
    public Reconciliation {
        Objects.requireNonNull(manifest, "manifest");
        crossed = List.copyOf(crossed);
        discrepancies = List.copyOf(discrepancies);
    }

    /** Reconciles a manifest with what was presented, given who was handed over in earlier tranches. */
    public static Reconciliation of(Manifest manifest, List<Presented> presented, NameComparison names,
                                    List<Delivered> earlier) {
        Objects.requireNonNull(names, "names");
        return Reconciler.reconcile(manifest, List.copyOf(presented), names, List.copyOf(earlier));
    }

    /**
     * The body bags presented (those crossed for a manifest line, further parts of remains handed over before, and bags
     * on no line), each with the samples of {@code samples} taken from it, by tag (issue 16).
     */
    public List<BagContents> bags(Collection<SampleCustody> samples) {
        return RemainsBags.of(this, samples);
    }

    /** The remains presented counted as persons, bags and samples; see {@link RemainsCount}. */
    public RemainsCount remainsCount(Collection<SampleCustody> samples) {
        return RemainsCount.of(bags(samples));
    }
}
