package org.repatria.core.reunification;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * One-line values in one spelling: Unicode NFC, no surrounding blanks, no control characters, a length limit; and one
 * of a closed set of tokens.
 */
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

    /** The choice whose token is {@code raw} (any case, blanks around); refused naming {@code field}, {@code what} and the choices. */
    static <E> E choice(String field, String raw, E[] choices, Function<E, String> token, String what) {
        String wanted = raw == null ? "" : raw.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(choices).filter(c -> token.apply(c).equals(wanted)).findFirst().orElseThrow(() ->
                new ReunificationException(field, "'" + raw + "' is no " + what + "; use one of "
                        + Arrays.stream(choices).map(token).collect(Collectors.joining(", "))));
    }
}
