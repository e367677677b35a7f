package org.repatria.core.agreement;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Function;
import org.repatria.core.party.PartyId;

/** Reads the {@code key value} lines of a canonical agreement in order; every failure names the line and the field. */
final class TextReader {
    private static final int MAX_BYTES = 64 * 1024;
    private final String[] lines;
    private int next;

    private TextReader(String[] lines) {
        this.lines = lines;
    }

    static TextReader of(byte[] bytes) {
        if (bytes.length > MAX_BYTES) {
            throw new AgreementException("the agreement text is " + bytes.length + " bytes, more than the " + MAX_BYTES + " allowed");
        }
        for (int i = 0; i < bytes.length; i++) {
            int b = bytes[i] & 0xFF;
            if (b != '\n' && (b < 0x20 || b > 0x7E)) {
                throw new AgreementException("the agreement text holds the byte 0x" + Integer.toHexString(b) + " at offset " + i
                        + "; only printable ASCII and \\n line ends are allowed");
            }
        }
        String text = new String(bytes, StandardCharsets.US_ASCII);
        if (!text.endsWith("\n")) {
            throw new AgreementException("the agreement text must end with a newline");
        }
        return new TextReader(text.substring(0, text.length() - 1).split("\n", -1));
    }

    void header(String expected) {
        if (next >= lines.length || !lines[next].equals(expected)) {
            throw fail("must be \"" + expected + "\" (not an agreement text, or an unknown version)");
        }
        next++;
    }

    String field(String key) {
        if (next >= lines.length) {
            throw fail("is missing: expected \"" + key + " <value>\"");
        }
        String line = lines[next];
        if (!line.startsWith(key + " ") || line.length() == key.length() + 1) {
            throw fail("is \"" + line + "\", expected \"" + key + " <value>\"");
        }
        next++;
        return line.substring(key.length() + 1);
    }

    /** The field's value converted; a conversion failure becomes an error naming the line and field. */
    <T> T value(String key, Function<String, T> convert) {
        String text = field(key);
        try {
            return convert.apply(text);
        } catch (RuntimeException e) {
            next--;
            throw fail("has a bad " + key + " \"" + text + "\": " + e.getMessage());
        }
    }

    PartyId party(String key) {
        return value(key, PartyId::new);
    }

    LocalDate date(String key) {
        return value(key, LocalDate::parse);
    }

    /** The date in the next line when it is {@code key}'s; empty (nothing read) when the next line is another field's. */
    Optional<LocalDate> optionalDate(String key) {
        if (next >= lines.length || !lines[next].startsWith(key + " ")) {
            return Optional.empty();
        }
        return Optional.of(date(key));
    }

    void end() {
        if (next < lines.length) {
            throw fail("is unexpected: the agreement ends after line " + next);
        }
    }

    AgreementException fail(String problem) {
        return new AgreementException("line " + (next + 1) + " of the agreement text " + problem);
    }
}
