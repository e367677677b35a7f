package org.repatria.core.dispute;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;

/**
 * The checks both texts share: one spelling per text (line breaks as LF, Unicode NFC, no surrounding blanks), a
 * length limit in characters (code points), no control characters, and strict UTF-8 when reading bytes back.
 */
final class Wording {
    private Wording() {
    }

    /** {@code value} in its one spelling, checked; {@code multiline}: line breaks and tabs are allowed. */
    static String canonical(String field, String value, int max, boolean multiline) {
        String text = Normalizer.normalize(value.replace("\r\n", "\n").replace('\r', '\n'), Normalizer.Form.NFC).strip();
        if (text.isEmpty()) {
            throw new DisputeTextException(field, "the " + field + " is empty; say what is wrong");
        }
        int length = text.codePointCount(0, text.length());
        if (length > max) {
            throw new DisputeTextException(field, "the " + field + " has " + length + " characters; at most " + max
                    + " are allowed: shorten it");
        }
        text.codePoints().filter(c -> Character.getType(c) == Character.CONTROL && !(multiline && (c == '\n' || c == '\t')))
                .findFirst().ifPresent(c -> {
                    throw new DisputeTextException(field, multiline
                            ? "the " + field + " holds the control character U+%04X; remove it".formatted(c)
                            : "the " + field + " is one line without control characters (found U+%04X)".formatted(c));
                });
        return text;
    }

    /** The bytes as strict UTF-8; refused when they are not. */
    static String decode(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new DisputeTextException("content", "the text is not UTF-8");
        }
    }

    /** The rest of {@code text} after {@code prefix}; refused, saying what was expected, when it does not start so. */
    static String after(String text, String prefix, String expected) {
        if (!text.startsWith(prefix)) {
            throw new DisputeTextException("content", "the text does not start with " + expected);
        }
        return text.substring(prefix.length());
    }

    /** The body of a text ending in one line feed, without it. */
    static String body(String rest) {
        if (!rest.endsWith("\n")) {
            throw new DisputeTextException("content", "the text does not end with a line feed");
        }
        return rest.substring(0, rest.length() - 1);
    }
}
