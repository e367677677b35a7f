package org.repatria.core.list;

import java.util.UUID;

/** A list's identifier, assigned by the system when the list is stored. */
public record ListId(UUID value) {
    public ListId {
        java.util.Objects.requireNonNull(value, "value");
    }

    public static ListId parse(String text) {
        return new ListId(UUID.fromString(text.strip()));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
