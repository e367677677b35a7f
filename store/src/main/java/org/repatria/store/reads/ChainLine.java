package org.repatria.store.reads;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * One line of a segment: the read's ten fields, the previous line's hash and this line's hash, tab-separated, with
 * {@code \ TAB LF CR ,} escaped. The hash is SHA-256 over the previous hash, a tab and the ten fields as written.
 */
final class ChainLine {
    /** The hash before the first read ever recorded. */
    static final String GENESIS = "0".repeat(64);
    private static final int FIELDS = 12;
    private static final ThreadLocal<MessageDigest> SHA256 = ThreadLocal.withInitial(ChainLine::sha256);

    private ChainLine() {
    }

    /** A decoded line: the read, its previous hash, its hash, and whether the hash matches its content. */
    record Decoded(RecordedRead read, String prev, String hash, boolean intact) {
    }

    static String body(RecordedRead r) {
        List<String> ids = r.ids().stream().map(ChainLine::escape).toList();
        return String.join("\t", Long.toString(r.seq()), r.at().toString(), escape(r.username()), escape(r.party()),
                escape(r.role()), r.kind().token(), escape(r.what()), String.join(",", ids), Integer.toString(r.rows()),
                r.mass() ? "1" : "0");
    }

    static String hash(String prev, String body) {
        MessageDigest sha = SHA256.get();
        sha.update(prev.getBytes(StandardCharsets.US_ASCII));
        sha.update((byte) '\t');
        return HexFormat.of().formatHex(sha.digest(body.getBytes(StandardCharsets.UTF_8)));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** The line as written, ending in a line feed; its hash is the last 64 characters before the line feed. */
    static String encode(RecordedRead r, String prev) {
        String body = body(r);
        return body + "\t" + prev + "\t" + hash(prev, body) + "\n";
    }

    /** The hash an encoded line ends with. */
    static String hashOf(String encoded) {
        return encoded.substring(encoded.length() - 65, encoded.length() - 1);
    }

    /** @throws IllegalArgumentException when the line is not a record line at all */
    static Decoded decode(String line) {
        List<String> f = split(line, '\t');
        if (f.size() != FIELDS) {
            throw new IllegalArgumentException(f.size() + " fields, not " + FIELDS);
        }
        List<String> ids = f.get(7).isEmpty() ? List.of() : split(f.get(7), ',').stream().map(ChainLine::unescape).toList();
        RecordedRead r = new RecordedRead(Long.parseLong(f.get(0)), Instant.parse(f.get(1)), unescape(f.get(2)),
                unescape(f.get(3)), unescape(f.get(4)), ReadKind.ofToken(f.get(5))
                        .orElseThrow(() -> new IllegalArgumentException("kind " + f.get(5))),
                unescape(f.get(6)), ids, Integer.parseInt(f.get(8)), f.get(9).equals("1"));
        String body = line.substring(0, line.length() - f.get(10).length() - f.get(11).length() - 2);
        return new Decoded(r, f.get(10), f.get(11), hash(f.get(10), body).equals(f.get(11)));
    }

    static String escape(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\' -> b.append("\\\\");
                case '\t' -> b.append("\\t");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case ',' -> b.append("\\,");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    static String unescape(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char n = s.charAt(++i);
                b.append(switch (n) {
                    case 't' -> '\t';
                    case 'n' -> '\n';
                    case 'r' -> '\r';
                    default -> n;
                });
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    /** Splits on {@code sep} where it is not escaped; the parts stay escaped. */
    private static List<String> split(String s, char sep) {
        List<String> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == sep) {
                out.add(s.substring(start, i));
                start = i + 1;
            }
        }
        out.add(s.substring(start));
        return out;
    }
}
