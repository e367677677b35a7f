package org.repatria.match.compare;

import java.util.List;

/**
 * An address (a family's, a last residence) as its words and numbers, in Latin letters, without order: lists write
 * the same address in different orders and with different punctuation. {@link #EMPTY} stands for a missing address.
 */
public record Address(List<String> tokens) {
    /** A missing address. */
    public static final Address EMPTY = new Address(List.of());

    public Address {
        tokens = List.copyOf(tokens);
    }

    /** Whether the address is missing. */
    public boolean missing() {
        return tokens.isEmpty();
    }
}
