package org.repatria.core.inquiry;

import java.util.Locale;
import java.util.Optional;

/** One particular of a family's inquiry, with the most characters it may hold and whether it must be given. */
public enum InquiryField {
    /** Who asks, by name. */
    ASKER_NAME(200, true),
    /** How the asker is related to the person sought (mother, brother, wife...). */
    ASKER_RELATION(100, true),
    /** How to reach the asker: telephone, e-mail, address, an intermediary. */
    ASKER_CONTACT(500, true),
    /** Whether the asker consents to be contacted: {@code yes} or {@code no}. */
    CONSENT(3, true),
    /** When the asker gave (or refused) consent, as yyyy-mm-dd. */
    CONSENT_DATE(10, false),
    /** The names of the person sought, one per line ("surname given-name [patronymic]"), in any script. */
    NAMES(1000, true),
    /** The sex of the person sought: {@code M} or {@code F}. */
    SEX(1, false),
    /** The birth date (yyyy-mm-dd or dd.mm.yyyy) or year (yyyy). */
    BIRTH_DATE(10, false),
    /** The birth place. */
    BIRTH_PLACE(200, false),
    /** The military id (service number). */
    MILITARY_ID(64, false),
    /** The military unit. */
    UNIT(200, false),
    /** The last known circumstances: where and when last heard of, how. */
    CIRCUMSTANCES(2000, false);

    private final int maxLength;
    private final boolean required;

    InquiryField(int maxLength, boolean required) {
        this.maxLength = maxLength;
        this.required = required;
    }

    /** The most characters the value may hold. */
    public int maxLength() {
        return maxLength;
    }

    /** Whether an inquiry must give it. */
    public boolean required() {
        return required;
    }

    /** The lower-case word used in JSON and forms ({@code asker_name}, {@code birth_date}...). */
    public String token() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The field a token names, ignoring case; empty for anything else. */
    public static Optional<InquiryField> ofToken(String token) {
        for (InquiryField f : values()) {
            if (f.token().equalsIgnoreCase(String.valueOf(token).strip())) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }
}
