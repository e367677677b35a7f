package org.repatria.core.agreement;

import java.util.EnumSet;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.Set;
import org.repatria.core.party.PartyId;

/**
 * What is exchanged: fixed counts per side, all for all, or a one-sided transfer; each within an eligibility,
 * with the states of health exempt from parity (GC III art. 109: the seriously wounded and sick go regardless of number).
 */
public sealed interface Terms {

    /** Who qualifies. */
    Eligibility eligibility();

    /** States of health that parity never blocks; exempt nominees are counted apart from the agreed numbers. */
    Set<Health> exempt();

    /** The first party hands over {@code first} persons, the second {@code second} (N for M), exempt persons apart. */
    record FixedCounts(int first, int second, Eligibility eligibility, Set<Health> exempt) implements Terms {
        public FixedCounts {
            if (first < 1 || second < 1) {
                throw new AgreementException("fixed counts need at least one person from each side, got " + first
                        + " for " + second + "; use a one-way transfer for a one-sided handover");
            }
            Objects.requireNonNull(eligibility, "eligibility");
            exempt = copy(exempt);
        }
    }

    /** Every eligible person held by either side, in tranches of one for one; the larger side's surplus goes last. */
    record AllForAll(Eligibility eligibility, Set<Health> exempt) implements Terms {
        public AllForAll {
            Objects.requireNonNull(eligibility, "eligibility");
            exempt = copy(exempt);
        }
    }

    /** One side hands over {@code count} persons, or all eligible ones when the count is empty; no parity applies. */
    record OneWay(PartyId from, OptionalInt count, Eligibility eligibility) implements Terms {
        public OneWay {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(count, "count");
            Objects.requireNonNull(eligibility, "eligibility");
            if (count.isPresent() && count.getAsInt() < 1) {
                throw new AgreementException("a one-way transfer of a count needs at least 1, got " + count.getAsInt());
            }
        }

        @Override
        public Set<Health> exempt() {
            return Set.of();
        }
    }

    /** The states exempt under GC III art. 109: the seriously wounded and sick. */
    static Set<Health> article109() {
        return Set.of(Health.SERIOUSLY_WOUNDED_OR_SICK);
    }

    private static Set<Health> copy(Set<Health> exempt) {
        Objects.requireNonNull(exempt, "exempt");
        return exempt.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(exempt));
    }
}
