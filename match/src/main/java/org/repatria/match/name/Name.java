package org.repatria.match.name;

import java.util.List;

/**
 * A name ready for comparison: its text (lower case, NFC), its romanised ASCII forms, their sound keys, and its
 * equivalence class across Ukrainian and Russian (empty when none or unknown). {@link #EMPTY} stands for a missing name.
 */
public record Name(String text, List<String> forms, List<String> keys, String equivalence) {
    /** A missing name. */
    public static final Name EMPTY = new Name("", List.of(), List.of(), "");

    public Name {
        forms = List.copyOf(forms);
        keys = List.copyOf(keys);
    }

    /** Whether the name is missing. */
    public boolean missing() {
        return forms.isEmpty();
    }
}
