package org.repatria.core.reunification;

import java.text.Normalizer;

/** One-line values in one spelling: Unicode NFC, no surrounding blanks, no control characters, a length limit. */
final class Fields {
    private Fields() {
    }

    /** {@code value} in its one spelling; refused naming {@code field} when missing, too long or holding a control character. */
    static String line(String field, String value, int max) {
        String text = Normalizer.normalize(value == null ? "" : value, Normalizer.Form.NFC).strip();
        if (text.isEmpty()) {
            throw new ReunificationException(field, field + " is required");
        }
        int length = text.codePointCount(0, text.length());
        if (length > max) {
            throw new ReunificationException(field, field + " has " + length + " characters; at most " + max
                    + " are allowed");
        }
        text.codePoints().filter(c -> Character.getType(c) == Character.CONTROL || c == 0x2028 || c == 0x2029)
                .findFirst().ifPresent(c -> {
                    throw new ReunificationException(field, field + " is one line without control characters (found U+%04X)"
                            .formatted(c));
                });
        return text;
    }
}
