package org.repatria.core.tranche;

import java.util.Objects;
import org.repatria.core.agreement.Nominee;

/** A nominee the plan leaves out, with the reason in words (not eligible, beyond the agreed count, unused reserve). */
public record Unplaced(Nominee nominee, String reason) {
    public Unplaced {
        Objects.requireNonNull(nominee, "nominee");
        Objects.requireNonNull(reason, "reason");
    }
}
