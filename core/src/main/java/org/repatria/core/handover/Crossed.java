package org.repatria.core.handover;

import java.util.List;
import java.util.Objects;
import org.repatria.core.agreement.Nominee;

/** A manifest line that crossed: the nominee, what was presented for them (several bags for split remains), and how matched. */
public record Crossed(Nominee nominee, List<Presented> presented, MatchedBy matchedBy) {
    public Crossed {
        Objects.requireNonNull(nominee, "nominee");
        Objects.requireNonNull(matchedBy, "matchedBy");
        presented = List.copyOf(presented);
        if (presented.isEmpty()) {
            throw new HandoverException("a crossing of " + nominee.person() + " needs what was presented for them");
        }
    }
}
