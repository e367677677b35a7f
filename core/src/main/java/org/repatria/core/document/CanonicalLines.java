package org.repatria.core.document;

import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * A strict reader of the line-based canonical texts: printable ASCII, {@code \n} line ends, {@code key value} lines
 * in a fixed order. Anything else is refused, naming the line.
 */
final class CanonicalLines {
    // The last time with a four-digit year; parsed once, not on every check.
    private static final Instant LAST = Instant.parse("9999-12-31T23:59:59Z");
    // The canonical time's shape, one character a position: 'd' a digit 0-9, anything else itself (what the pattern
    // [0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z matches, checked by a loop: every entry holds two times).
    private static final String TIME_SHAPE = "dddd-dd-ddTdd:dd:ddZ";
    private final String what;
    private final String[] lines;
    private int next;

    private CanonicalLines(String what, String[] lines) {
        this.what = what;
        this.lines = lines;
    }

    /** Splits {@code bytes} into lines after checking they are printable ASCII ending in a newline. */
    static CanonicalLines of(String what, byte[] bytes, int maxBytes) {
        if (bytes.length > maxBytes) {
            throw new DocumentFormatException("the " + what + " is " + bytes.length + " bytes, more than the " + maxBytes + " allowed");
        }
        for (int i = 0; i < bytes.length; i++) {
            int b = bytes[i] & 0xFF;
            if (b != '\n' && (b < 0x20 || b > 0x7E)) {
                throw new DocumentFormatException("the " + what + " holds the byte 0x" + Integer.toHexString(b)
                        + " at offset " + i + "; only printable ASCII and \\n line ends are allowed");
            }
        }
        String text = new String(bytes, StandardCharsets.US_ASCII);
        if (!text.endsWith("\n")) {
            throw new DocumentFormatException("the " + what + " must end with a newline");
        }
        return new CanonicalLines(what, text.substring(0, text.length() - 1).split("\n", -1));
    }

    /** Reads the next line, which must be exactly {@code expected}. */
    void header(String expected) {
        String line = line(expected);
        if (!line.equals(expected)) {
            throw fail("is \"" + line + "\", expected \"" + expected + "\" (unknown version or not a " + what + ")");
        }
    }

    /** Reads the next line, which must be {@code key value}, and returns the value. */
    String field(String key) {
        String line = line(key);
        if (!line.startsWith(key + " ") || line.length() == key.length() + 1) {
            throw fail("is \"" + line + "\", expected \"" + key + " <value>\"");
        }
        return line.substring(key.length() + 1);
    }

    /** Whether the next line starts with {@code key} and a space. */
    boolean has(String key) {
        return next < lines.length && lines[next].startsWith(key + " ");
    }

    /** The lines read so far are all: refuses extra lines. */
    void end() {
        if (next < lines.length) {
            int last = next++;
            throw fail("is unexpected: the " + what + " ends after line " + last);
        }
    }

    /** The remaining lines with their newlines, from the next one on (for a nested text). */
    byte[] rest() {
        StringBuilder out = new StringBuilder();
        while (next < lines.length) {
            out.append(lines[next++]).append('\n');
        }
        return out.toString().getBytes(StandardCharsets.US_ASCII);
    }

    DocumentFormatException fail(String problem) {
        return new DocumentFormatException("line " + next + " of the " + what + " " + problem);
    }

    private String line(String expected) {
        if (next >= lines.length) {
            next++;
            throw fail("is missing: expected \"" + expected + "\"");
        }
        return lines[next++];
    }

    /** A time in the canonical form {@code YYYY-MM-DDTHH:MM:SSZ} (UTC, whole seconds). */
    static String formatTime(Instant time) {
        return DateTimeFormatter.ISO_INSTANT.format(time);
    }

    /** Parses a time written in the canonical form only. */
    static Instant parseTime(String text, String field) {
        if (!canonicalPattern(text)) {
            throw new DocumentFormatException("the " + field + " \"" + text + "\" is not a UTC time YYYY-MM-DDTHH:MM:SSZ");
        }
        try {
            return fixedFormat(text);
        } catch (DateTimeException e) {
            throw new DocumentFormatException("the " + field + " \"" + text + "\" is not a valid date and time");
        }
    }

    /** Whether {@code text} has the canonical time's shape ({@code TIME_SHAPE}). */
    static boolean canonicalPattern(String text) {
        if (text.length() != TIME_SHAPE.length()) {
            return false;
        }
        for (int i = 0; i < TIME_SHAPE.length(); i++) {
            char want = TIME_SHAPE.charAt(i);
            char c = text.charAt(i);
            if (want == 'd' ? c < '0' || c > '9' : c != want) {
                return false;
            }
        }
        return true;
    }

    /**
     * What {@code Instant.parse} reads from a text in the canonical pattern (YYYY-MM-DDTHH:MM:SSZ), without its general parser (every entry holds two
     * times; docs/decisions/0171): {@code 24:00:00} is the next day's midnight and {@code 23:59:60} is {@code 23:59:59},
     * as there; any other field out of range throws {@link DateTimeException}.
     */
    static Instant fixedFormat(String text) {
        int hour = digits(text, 11, 2);
        int minute = digits(text, 14, 2);
        int second = digits(text, 17, 2);
        int days = 0;
        if (hour == 24 && minute == 0 && second == 0) {
            hour = 0;
            days = 1;
        } else if (hour == 23 && minute == 59 && second == 60) {
            second = 59;
        }
        return LocalDateTime.of(digits(text, 0, 4), digits(text, 5, 2), digits(text, 8, 2), hour, minute, second)
                .plusDays(days).toInstant(ZoneOffset.UTC);
    }

    private static int digits(String text, int from, int count) {
        int value = 0;
        for (int i = from; i < from + count; i++) {
            value = value * 10 + (text.charAt(i) - '0');
        }
        return value;
    }

    /** Checks a time is whole seconds in years 1970-9999, so that it has exactly one canonical spelling. */
    static Instant checkTime(Instant time, String field) {
        if (time.getNano() != 0 || time.getEpochSecond() < 0 || time.isAfter(LAST)) {
            throw new DocumentFormatException("the " + field + " " + time
                    + " must be whole seconds between 1970 and 9999 (truncate it to seconds)");
        }
        return time;
    }
}
