package org.repatria.ledger.merkle;

import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;

/** A SHA-256 Merkle tree hash: exactly 32 bytes, immutable. */
public final class Hash {
    /** Size of a hash in bytes. */
    public static final int SIZE = 32;

    private final byte[] bytes;

    private Hash(byte[] bytes) {
        this.bytes = bytes;
    }

    /** Wraps a copy of 32 bytes; throws IllegalArgumentException when the length is wrong. */
    public static Hash of(byte[] bytes) {
        return of(bytes, 0, bytes.length);
    }

    /** Wraps a copy of bytes[offset .. offset+length), which must be 32 bytes long. */
    public static Hash of(byte[] bytes, int offset, int length) {
        if (length != SIZE) {
            throw new IllegalArgumentException("a Merkle tree hash is 32 bytes, got " + length);
        }
        return new Hash(Arrays.copyOfRange(bytes, offset, offset + length));
    }

    /** Parses 64 hex digits. */
    public static Hash fromHex(String hex) {
        return of(HexFormat.of().parseHex(hex));
    }

    /** Parses standard base64 (as used in checkpoints). */
    public static Hash fromBase64(String base64) {
        return of(Base64.getDecoder().decode(base64));
    }

    static Hash wrap(byte[] fresh) {
        return new Hash(fresh);
    }

    byte[] bytesUnsafe() {
        return bytes;
    }

    /** A copy of the 32 bytes. */
    public byte[] bytes() {
        return bytes.clone();
    }

    /** Writes the 32 bytes into target at offset. */
    public void copyTo(byte[] target, int offset) {
        System.arraycopy(bytes, 0, target, offset, SIZE);
    }

    /** Lower-case hex. */
    public String hex() {
        return HexFormat.of().formatHex(bytes);
    }

    /** Standard base64 with padding. */
    public String base64() {
        return Base64.getEncoder().encodeToString(bytes);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Hash other && Arrays.equals(bytes, other.bytes);
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
