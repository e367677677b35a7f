package org.repatria.store.child;

import java.util.Locale;
import java.util.Optional;

/** Which part of a child's record a read showed. */
public enum RecordPart {
    /** The list's rows (names and particulars of the list). */
    ROWS,
    /** A child's case page or case particulars. */
    CASE,
    /** An export of the list (CSV, XLSX, PDF). */
    EXPORT,
    /** The bytes of the list's signed document. */
    DOCUMENT,
    /** A photograph of a child. */
    PHOTO,
    /** The answers given for the children. */
    ANSWERS,
    /** Match pairs or candidates naming the children. */
    MATCHES,
    /** A children's agreement's persons: nominations, plans, manifests, moves, reports. */
    EXCHANGE;

    /** The lower-case word used in JSON and CSV. */
    public String token() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The part a token names, ignoring case; empty for anything else. */
    public static Optional<RecordPart> ofToken(String token) {
        for (RecordPart p : values()) {
            if (p.token().equalsIgnoreCase(String.valueOf(token).strip())) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }
}
