package org.repatria.ledger.note;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * RFC 8032 Ed25519 verification by the JDK's provider: the reference {@link Ed25519} answers as, and asks for the rare
 * inputs on which BouncyCastle's verification could answer otherwise (docs/decisions/0167).
 */
final class JdkEd25519 {
    // DER SubjectPublicKeyInfo header for an Ed25519 key (RFC 8410 §4): the raw key follows it.
    private static final byte[] SPKI_PREFIX = HexFormat.of().parseHex("302a300506032b6570032100");

    private JdkEd25519() {
    }

    /** Whether the JDK's provider accepts {@code signature} of {@code message} under the raw 32-byte {@code publicKey}. */
    static boolean verify(byte[] publicKey, byte[] message, byte[] signature) {
        if (publicKey.length != Ed25519.KEY_SIZE || signature.length != Ed25519.SIGNATURE_SIZE) {
            return false;
        }
        try {
            byte[] spki = Arrays.copyOf(SPKI_PREFIX, SPKI_PREFIX.length + Ed25519.KEY_SIZE);
            System.arraycopy(publicKey, 0, spki, SPKI_PREFIX.length, Ed25519.KEY_SIZE);
            PublicKey key = KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(spki));
            Signature verifier = Signature.getInstance("Ed25519");
            verifier.initVerify(key);
            verifier.update(message);
            return verifier.verify(signature);
        } catch (GeneralSecurityException e) {
            // An invalid point encoding (key or R) or an S out of range: a signature that does not verify.
            return false;
        }
    }
}
