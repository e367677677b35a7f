package org.repatria.core.tranche;

import java.util.Objects;
import org.repatria.core.agreement.Nominee;

/** One person placed in a tranche, and on what basis. */
public record Placement(Nominee nominee, Basis basis) {
    public Placement {
        Objects.requireNonNull(nominee, "nominee");
        Objects.requireNonNull(basis, "basis");
    }
}
