package org.repatria.core.words;

import java.util.List;
import java.util.Objects;

/** A sentence as a {@link Phrase} code and its arguments, as written in the English text. */
public record Phrased(Phrase phrase, List<String> args) {
    public Phrased {
        Objects.requireNonNull(phrase, "phrase");
        args = List.copyOf(args);
    }
}
