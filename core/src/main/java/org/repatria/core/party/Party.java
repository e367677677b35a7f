package org.repatria.core.party;

import java.util.Objects;

/** A party to the talks, with its display name in the language it uses itself. */
public record Party(PartyId id, String name, PartyKind kind) {
    public Party {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("party " + id + " needs a name");
        }
    }
}
