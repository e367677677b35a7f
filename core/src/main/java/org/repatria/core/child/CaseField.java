package org.repatria.core.child;

import java.util.Locale;
import java.util.Optional;

/** One particular of a child's case, with the most characters it may hold. All optional; a closed set. */
public enum CaseField {
    /** The parents or legal guardians, by name. */
    GUARDIANS(500),
    /** How to reach the parents or guardians: telephone, address, intermediary. */
    GUARDIAN_CONTACT(500),
    /** The child's last known address. */
    LAST_ADDRESS(500),
    /** The date of removal, as a partial ISO date (yyyy, yyyy-mm or yyyy-mm-dd). */
    REMOVAL_DATE(10),
    /** Where the child was removed from. */
    REMOVAL_PLACE(300),
    /** How the child was removed. */
    REMOVAL_CIRCUMSTANCES(2000),
    /** Other names the child is known under (after placement, adoption or new documents), one per line. */
    OTHER_NAMES(1000),
    /** Other birth dates on the child's documents, one per line. */
    OTHER_BIRTH_DATES(200),
    /** The current institution or carer, as answered. */
    INSTITUTION(500);

    private final int maxLength;

    CaseField(int maxLength) {
        this.maxLength = maxLength;
    }

    /** The most characters the value may hold. */
    public int maxLength() {
        return maxLength;
    }

    /** The lower-case word used in JSON and forms ({@code guardians}, {@code removal_date}...). */
    public String token() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The field a token names, ignoring case; empty for anything else. */
    public static Optional<CaseField> ofToken(String token) {
        for (CaseField f : values()) {
            if (f.token().equalsIgnoreCase(String.valueOf(token).strip())) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }
}
