package org.repatria.core.death;

import java.text.Normalizer;
import java.util.Locale;
import org.repatria.core.person.PartialDate;

/** One-line particulars in one spelling: Unicode NFC, no surrounding blanks, no control characters, a length limit. */
final class Lines {
    private Lines() {
    }

    /** {@code value} in its one spelling, possibly empty; refused naming {@code field} when too long or not one line. */
    static String optional(String field, String value, int max) {
        String text = Normalizer.normalize(value == null ? "" : value, Normalizer.Form.NFC).strip();
        int length = text.codePointCount(0, text.length());
        if (length > max) {
            throw new DeathRecordException(field, String.format(Locale.ROOT, "field %s: %,d characters, the limit is %,d",
                    field, length, max));
        }
        text.codePoints().filter(c -> Character.getType(c) == Character.CONTROL || c == 0x2028 || c == 0x2029)
                .findFirst().ifPresent(c -> {
                    throw new DeathRecordException(field, String.format(Locale.ROOT,
                            "field %s: one line without control characters (found U+%04X)", field, c));
                });
        return text;
    }

    /** As {@link #optional}, refused when empty. */
    static String required(String field, String value, int max) {
        String text = optional(field, value, max);
        if (text.isEmpty()) {
            throw new DeathRecordException(field, "field " + field + " is required");
        }
        return text;
    }

    /** A date as ISO 8601 at its known precision (YYYY, YYYY-MM, YYYY-MM-DD) or empty; refused naming {@code field}. */
    static PartialDate date(String field, String value) {
        String text = value == null ? "" : value.strip();
        try {
            return PartialDate.parseIso(text);
        } catch (RuntimeException e) {
            throw new DeathRecordException(field, "field " + field + ": '" + optional(field, text, 40)
                    + "' is no date; write YYYY, YYYY-MM or YYYY-MM-DD, or leave it empty when unknown");
        }
    }
}
