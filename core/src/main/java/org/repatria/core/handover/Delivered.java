package org.repatria.core.handover;

import java.util.Objects;
import org.repatria.core.agreement.Nominee;

/** A person (or remains) already handed over in an earlier tranche of the same agreement. */
public record Delivered(Nominee nominee, int tranche) {
    public Delivered {
        Objects.requireNonNull(nominee, "nominee");
    }
}
