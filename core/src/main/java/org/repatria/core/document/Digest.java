package org.repatria.core.document;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;

/** A SHA-256 digest (of a document's bytes, or of an envelope), written as 64 lower-case hex digits. */
public record Digest(byte[] bytes) {
    /** Size of a SHA-256 digest in bytes. */
    public static final int SIZE = 32;
    private static final int HEX_DIGITS = 2 * SIZE;

    /** Checks the length and copies the bytes. */
    public Digest {
        if (bytes.length != SIZE) {
            throw new DocumentFormatException("a SHA-256 digest is 32 bytes, got " + bytes.length);
        }
        bytes = bytes.clone();
    }

    /** The SHA-256 digest of {@code content}. */
    public static Digest sha256(byte[] content) {
        try {
            return new Digest(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this JDK has no SHA-256", e);
        }
    }

    /** Parses 64 lower-case hex digits (the only accepted spelling). */
    public static Digest parseHex(String hex) {
        if (!lowerHex(hex)) {
            throw new DocumentFormatException("a SHA-256 digest is 64 lower-case hex digits, got \"" + hex + "\"");
        }
        return new Digest(HexFormat.of().parseHex(hex));
    }

    /** Whether {@code hex} is exactly 64 lower-case hex digits (what {@code [0-9a-f]{64}} matches, without a regex). */
    private static boolean lowerHex(String hex) {
        if (hex.length() != HEX_DIGITS) {
            return false;
        }
        for (int i = 0; i < HEX_DIGITS; i++) {
            char c = hex.charAt(i);
            if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'f')) {
                return false;
            }
        }
        return true;
    }

    /** A copy of the 32 bytes. */
    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    /** The 64 lower-case hex digits. */
    public String hex() {
        return HexFormat.of().formatHex(bytes);
    }

    /** Equal when the bytes are equal. */
    @Override
    public boolean equals(Object o) {
        return o instanceof Digest other && Arrays.equals(bytes, other.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return hex();
    }
}
