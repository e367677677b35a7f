package org.repatria.ledger.note;

import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;

/** A public note key, as a verifier key string {@code <name>+<hex key ID>+<base64(type || public key)>}. */
public final class NoteVerifier {
    private final String name;
    private final int keyId;
    private final KeyType type;
    private final byte[] publicKey;
    // Decoded and checked on first use (a point multiplication), then kept: parsing a key string stays cheap.
    private volatile Ed25519.Key key;

    private NoteVerifier(String name, KeyType type, byte[] publicKey) {
        this.name = KeyName.check(name);
        this.type = type;
        this.publicKey = publicKey.clone();
        this.keyId = KeyName.keyId(name, type.id(), publicKey);
    }

    /** The verifier for a 32-byte Ed25519 public key under a name. */
    public static NoteVerifier of(String name, KeyType type, byte[] publicKey) {
        if (publicKey.length != Ed25519.KEY_SIZE) {
            throw new NoteException("an Ed25519 public key is 32 bytes, got " + publicKey.length);
        }
        return new NoteVerifier(name, type, publicKey);
    }

    /** Parses a verifier key string (C2SP signed-note, "Verifier keys"); checks that the key ID matches the key. */
    public static NoteVerifier parse(String vkey) {
        String[] parts = vkey.strip().split("\\+", 3);
        if (parts.length != 3) {
            throw new NoteException("a verifier key has three parts <name>+<key ID>+<key>, got: " + vkey);
        }
        byte[] typed = decode(parts[2], "verifier key");
        if (typed.length != 1 + Ed25519.KEY_SIZE) {
            throw new NoteException("the verifier key for \"" + parts[0] + "\" is not a 32-byte Ed25519 key");
        }
        NoteVerifier verifier = of(parts[0], KeyType.of(typed[0]), Arrays.copyOfRange(typed, 1, typed.length));
        if (!parts[1].equals(KeyId.hex(verifier.keyId))) {
            throw new NoteException("the key ID " + parts[1] + " of the verifier key for \"" + parts[0]
                    + "\" does not match its key (expected " + KeyId.hex(verifier.keyId) + "); the key string was altered");
        }
        return verifier;
    }

    static byte[] decode(String base64, String what) {
        try {
            return Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            throw new NoteException("the " + what + " is not valid base64", e);
        }
    }

    /** The key name. */
    public String name() {
        return name;
    }

    /** The 32-bit key ID. */
    public int keyId() {
        return keyId;
    }

    /** The signature type. */
    public KeyType type() {
        return type;
    }

    /** A copy of the 32-byte public key. */
    public byte[] publicKey() {
        return publicKey.clone();
    }

    /** The verifier key string. */
    public String encoded() {
        byte[] typed = new byte[1 + publicKey.length];
        typed[0] = type.id();
        System.arraycopy(publicKey, 0, typed, 1, publicKey.length);
        return name + "+" + KeyId.hex(keyId) + "+" + Base64.getEncoder().encodeToString(typed);
    }

    /** The library verifying the common case here: "libsodium" and its version where loaded, else "BouncyCastle" (0188). */
    public static String library() {
        return Libsodium.version().map(v -> "libsodium " + v).orElse("BouncyCastle");
    }

    /** Whether a signature line names this key (same name and key ID). */
    public boolean matches(NoteSignature signature) {
        return signature.name().equals(name) && signature.keyId() == keyId;
    }

    /** Whether {@code signature} is this key's Ed25519 signature of {@code message}. */
    public boolean verifies(byte[] message, byte[] signature) {
        Ed25519.Key k = key;
        if (k == null) {
            k = Ed25519.Key.of(publicKey);
            key = k;
        }
        return Ed25519.verify(k, message, signature);
    }

    @Override
    public String toString() {
        return encoded();
    }

    /** Hex of key IDs, as in key strings. */
    static final class KeyId {
        private KeyId() {
        }

        static String hex(int keyId) {
            return HexFormat.of().toHexDigits(keyId);
        }
    }
}
