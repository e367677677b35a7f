package org.repatria.ledger.note;

import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Optional;
import org.bouncycastle.math.ec.rfc8032.Ed25519.PublicPoint;

/**
 * RFC 8032 Ed25519 on raw 32-byte seeds and public keys as signed-note uses them: signing by BouncyCastle (several
 * times faster than the JDK's provider), verification by the system's libsodium where it is installed and by
 * BouncyCastle where not, accepting exactly the signatures the JDK's provider accepts: where the libraries could
 * differ from it — a key that is not a canonical point of the prime-order subgroup, an R not canonical or with y = ±1,
 * an S not below the group order — the JDK's provider answers ({@link JdkEd25519}; the proofs are in
 * docs/decisions/0167 and 0188).
 */
final class Ed25519 {
    static final int KEY_SIZE = 32;
    static final int SIGNATURE_SIZE = 64;
    // The group order L = 2^252 + 27742317777372353535851937790883648493, little-endian (RFC 8032 §5.1).
    private static final byte[] ORDER = {
        (byte) 0xed, (byte) 0xd3, (byte) 0xf5, 0x5c, 0x1a, 0x63, 0x12, 0x58, (byte) 0xd6, (byte) 0x9c, (byte) 0xf7,
        (byte) 0xa2, (byte) 0xde, (byte) 0xf9, (byte) 0xde, 0x14, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0x10};
    // The field prime p = 2^255 - 19, little-endian (RFC 8032 §5.1): a point's y must be below it.
    private static final byte[] PRIME = prime();

    private Ed25519() {
    }

    /** A public key ready to verify with: its bytes and, when it is a canonical point of prime order, that point. */
    record Key(byte[] raw, Optional<PublicPoint> primeOrder) {
        static Key of(byte[] raw) {
            return new Key(raw.clone(), raw.length != KEY_SIZE ? Optional.empty()
                    : Optional.ofNullable(org.bouncycastle.math.ec.rfc8032.Ed25519.validatePublicKeyFullExport(raw, 0)));
        }
    }

    static byte[] newSeed(SecureRandom random) {
        byte[] seed = new byte[KEY_SIZE];
        random.nextBytes(seed);
        return seed;
    }

    /** The public key of a seed (RFC 8032 §5.1.5). */
    static byte[] publicKey(byte[] seed) {
        byte[] publicKey = new byte[KEY_SIZE];
        org.bouncycastle.math.ec.rfc8032.Ed25519.generatePublicKey(seed, 0, publicKey, 0);
        return publicKey;
    }

    /** The signature of {@code message} by {@code seed}, whose public key is {@code publicKey} (RFC 8032 §5.1.6). */
    static byte[] sign(byte[] seed, byte[] publicKey, byte[] message) {
        byte[] signature = new byte[SIGNATURE_SIZE];
        org.bouncycastle.math.ec.rfc8032.Ed25519.sign(seed, 0, publicKey, 0, message, 0, message.length, signature, 0);
        return signature;
    }

    /** The library that checks the common case; both answer as the JDK's provider does. */
    enum By {
        /** The system's libsodium ({@code crypto_sign_ed25519_verify_detached}; docs/decisions/0188). */
        LIBSODIUM,
        /** BouncyCastle, then the prime-order check of R (docs/decisions/0167). */
        BOUNCY_CASTLE;

        /** Libsodium where it is loaded, otherwise BouncyCastle. */
        static By available() {
            return Libsodium.loaded() ? LIBSODIUM : BOUNCY_CASTLE;
        }
    }

    /** Whether {@code signature} of {@code message} verifies under {@code key}, exactly as the JDK's provider decides. */
    static boolean verify(Key key, byte[] message, byte[] signature) {
        return verify(key, message, signature, By.available());
    }

    /**
     * {@link #verify(Key, byte[], byte[])} by the library named. A key that is not a canonical point of prime order, an
     * R whose y is not below p or is ±1, and an S not below L go to the JDK's provider. Otherwise libsodium accepts
     * exactly when R's bytes encode [S]B − [k]A, which is the JDK's rule (0188); BouncyCastle refuses only what the JDK
     * refuses and accepts only what it accepts once R is also a point of prime order (0167).
     */
    static boolean verify(Key key, byte[] message, byte[] signature, By by) {
        if (key.raw().length != KEY_SIZE || signature.length != SIGNATURE_SIZE) {
            return false;
        }
        if (key.primeOrder().isEmpty() || !below(signature, 0, PRIME, 0x7f) || !below(signature, KEY_SIZE, ORDER, 0xff)
                || xMayBeZero(signature)) {
            return JdkEd25519.verify(key.raw(), message, signature);
        }
        if (by == By.LIBSODIUM) {
            return Libsodium.verifyDetached(signature, message, key.raw());
        }
        if (!org.bouncycastle.math.ec.rfc8032.Ed25519.verify(signature, 0, key.primeOrder().get(), message, 0, message.length)) {
            return false;
        }
        return org.bouncycastle.math.ec.rfc8032.Ed25519.validatePublicKeyFull(signature, 0)
                || JdkEd25519.verify(key.raw(), message, signature);
    }

    /** Whether the little-endian 32 bytes at {@code offset} (top byte masked by {@code topMask}) are below {@code bound}. */
    private static boolean below(byte[] bytes, int offset, byte[] bound, int topMask) {
        for (int i = KEY_SIZE - 1; i >= 0; i--) {
            int b = (bytes[offset + i] & 0xff) & (i == KEY_SIZE - 1 ? topMask : 0xff);
            int l = bound[i] & 0xff;
            if (b != l) {
                return b < l;
            }
        }
        return false;
    }

    /** Whether R's y is 1 or p - 1, where x is 0 and a set sign bit is a "negative zero" the two may read differently. */
    private static boolean xMayBeZero(byte[] signature) {
        boolean one = (signature[0] & 0xff) == 1;
        boolean minusOne = (signature[0] & 0xff) == 0xec;
        for (int i = 1; i < KEY_SIZE && (one || minusOne); i++) {
            int b = (signature[i] & 0xff) & (i == KEY_SIZE - 1 ? 0x7f : 0xff);
            one &= b == 0;
            minusOne &= b == (i == KEY_SIZE - 1 ? 0x7f : 0xff);
        }
        return one || minusOne;
    }

    private static byte[] prime() {
        byte[] p = new byte[KEY_SIZE];
        Arrays.fill(p, (byte) 0xff);
        p[0] = (byte) 0xed;
        p[KEY_SIZE - 1] = 0x7f;
        return p;
    }
}
