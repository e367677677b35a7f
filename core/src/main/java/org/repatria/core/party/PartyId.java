package org.repatria.core.party;

import java.util.Locale;
import java.util.regex.Pattern;

/** A party's short, stable identifier, such as {@code ua}, {@code ru} or {@code icrc}. */
public record PartyId(String value) implements Comparable<PartyId> {
    private static final Pattern FORM = Pattern.compile("[a-z][a-z0-9-]{1,31}");

    public PartyId {
        if (value == null || !FORM.matcher(value).matches()) {
            throw new IllegalArgumentException("party id must be 2-32 lower-case letters, digits or '-', starting with a letter: " + value);
        }
    }

    /** Parses user input, case-insensitively. */
    public static PartyId of(String text) {
        return new PartyId(text == null ? "" : text.strip().toLowerCase(Locale.ROOT));
    }

    @Override
    public int compareTo(PartyId o) {
        return value.compareTo(o.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
