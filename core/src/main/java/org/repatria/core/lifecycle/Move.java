package org.repatria.core.lifecycle;

import java.time.Instant;
import java.util.Objects;
import org.repatria.core.account.Role;
import org.repatria.core.agreement.PersonRef;
import org.repatria.core.party.PartyId;

/** A recorded change of a person's state: from, to, who made it for which party in what standing, when, and why. */
public record Move(PersonRef person, PersonState from, PersonState to, String username, PartyId party, Role role,
                   Standing standing, Instant at, String reason) {
    public Move {
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(party, "party");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(standing, "standing");
        Objects.requireNonNull(at, "at");
        reason = Objects.requireNonNullElse(reason, "").strip();
    }
}
