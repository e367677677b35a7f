package org.repatria.core.account;

import java.util.Locale;
import java.util.Optional;

/**
 * What a party grants one of its accounts beyond its role (docs/decisions/0147): permissions are stored per account, so
 * a party decides itself who works children's cases and who reads the record of reads.
 */
public enum Permission {
    /** Works children's cases: reads children's names and particulars, enters a case's particulars. */
    CHILDREN,
    /** Supervises: grants and revokes its party's permissions, reads and exports the record of reads. */
    SUPERVISOR;

    /** The lower-case word used in URLs and JSON ({@code children}, {@code supervisor}). */
    public String token() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The permission a token names, ignoring case; empty for anything else. */
    public static Optional<Permission> ofToken(String token) {
        for (Permission p : values()) {
            if (p.token().equalsIgnoreCase(String.valueOf(token).strip())) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }
}
