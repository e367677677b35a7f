package org.repatria.store.reads;

import java.util.Locale;
import java.util.Optional;

/** What kind of data a recorded read touched. */
public enum ReadKind {
    /** Persons' rows: lists' rows, the person page and search, dossiers, exports, API pages of rows. */
    PERSONS,
    /** Genetic data: profiles, kinship results, identification pages. */
    GENETIC,
    /** Children's records: rows of a children's list, cases, photographs. */
    CHILDREN;

    /** The word used in the record, filters and exports: {@code persons}, {@code genetic}, {@code children}. */
    public String token() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The kind a token names, if any. */
    public static Optional<ReadKind> ofToken(String token) {
        for (ReadKind k : values()) {
            if (k.token().equals(token)) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }
}
