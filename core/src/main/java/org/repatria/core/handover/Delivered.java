package org.repatria.core.handover;

import java.util.Objects;
import org.repatria.core.agreement.PersonRef;

/** A person (or remains) already handed over in an earlier tranche of the same agreement. */
public record Delivered(PersonRef person, int tranche) {
    public Delivered {
        Objects.requireNonNull(person, "person");
    }
}
