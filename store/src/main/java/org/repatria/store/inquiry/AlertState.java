package org.repatria.store.inquiry;

import java.util.Locale;
import java.util.Optional;

/** Where an alert stands: new, seen, dismissed (not the person) or confirmed (the person) by the holding desk. */
public enum AlertState {
    NEW, SEEN, DISMISSED, CONFIRMED;

    /** The lower-case word used in JSON and forms. */
    public String token() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The state a token names, ignoring case; empty for anything else. */
    public static Optional<AlertState> ofToken(String token) {
        for (AlertState s : values()) {
            if (s.token().equalsIgnoreCase(String.valueOf(token).strip())) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
