package org.repatria.core.lifecycle;

import java.util.Objects;
import org.repatria.core.account.Role;

/** One allowed move: from a state to another, by a party of the given standing acting in the given role. */
public record Transition(PersonState from, PersonState to, Standing standing, Role role) {
    public Transition {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(standing, "standing");
        Objects.requireNonNull(role, "role");
    }
}
