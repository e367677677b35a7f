package org.repatria.core.handover;

import java.util.Objects;
import java.util.Optional;
import org.repatria.core.party.PartyId;

/**
 * What the border saw for one person or one body bag: the service number, body tag and name read there (empty when
 * not read), the container and wagon for remains, the interview's outcome, and the party whose forces the remains are
 * found to belong to when that is known at the crossing (anyone's but the receiver's is a discrepancy).
 */
public record Presented(String serviceNumber, String bodyTag, String name, String container, String wagon,
                        Interview interview, Optional<PartyId> forces) {
    public Presented {
        serviceNumber = Objects.requireNonNullElse(serviceNumber, "").strip();
        bodyTag = Objects.requireNonNullElse(bodyTag, "").strip();
        name = Objects.requireNonNullElse(name, "").strip();
        container = Objects.requireNonNullElse(container, "").strip();
        wagon = Objects.requireNonNullElse(wagon, "").strip();
        Objects.requireNonNull(interview, "interview");
        Objects.requireNonNull(forces, "forces");
        if (serviceNumber.isEmpty() && bodyTag.isEmpty() && name.isEmpty()) {
            throw new HandoverException("a presented person or body needs a service number, a body tag or a name");
        }
    }

    /** A living person presented at the crossing, with the interview's outcome. */
    public static Presented person(String serviceNumber, String name, Interview interview) {
        return new Presented(serviceNumber, "", name, "", "", interview, Optional.empty());
    }

    /** A body bag presented at the crossing, with its tag, container and wagon. */
    public static Presented body(String bodyTag, String name, String container, String wagon) {
        return new Presented("", bodyTag, name, container, wagon, Interview.NONE, Optional.empty());
    }

    /** The same, found to belong to the given party's forces. */
    public Presented ofForces(PartyId party) {
        return new Presented(serviceNumber, bodyTag, name, container, wagon, interview, Optional.of(party));
    }
}
