package org.repatria.core.inquiry;

import java.util.Locale;
import java.util.Optional;

/** Where an inquiry stands: open (checked against every new list), answered, or closed; the last two say why. */
public enum InquiryStatus {
    OPEN, ANSWERED, CLOSED;

    /** The lower-case word used in JSON and forms. */
    public String token() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The status a token names, ignoring case; empty for anything else. */
    public static Optional<InquiryStatus> ofToken(String token) {
        for (InquiryStatus s : values()) {
            if (s.token().equalsIgnoreCase(String.valueOf(token).strip())) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
