package org.repatria.lists.normal;

import java.util.Objects;

/**
 * A cell's text as written and as normalized. {@code repaired} lists the words whose Latin or Cyrillic
 * look-alike letters were replaced; {@code unrepaired} the words that still mix two scripts.
 */
public record CleanedText(String original, String value, java.util.List<String> repaired, java.util.List<String> unrepaired) {
    public CleanedText {
        Objects.requireNonNull(original, "original");
        Objects.requireNonNull(value, "value");
        repaired = java.util.List.copyOf(repaired);
        unrepaired = java.util.List.copyOf(unrepaired);
    }
}
