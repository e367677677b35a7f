package org.repatria.ledger.note;

import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;

/** A private note key, as a signer key string {@code PRIVATE+KEY+<name>+<hex key ID>+<base64(type || seed)>}. */
public final class NoteSigner {
    private static final String PREFIX = "PRIVATE+KEY+";

    private final byte[] seed;
    private final NoteVerifier verifier;

    private NoteSigner(String name, KeyType type, byte[] seed) {
        this.seed = seed.clone();
        this.verifier = NoteVerifier.of(name, type, Ed25519.publicKey(seed));
    }

    /** A new key from a secure random source (keygen). */
    public static NoteSigner generate(String name, KeyType type, SecureRandom random) {
        return new NoteSigner(name, type, Ed25519.newSeed(random));
    }

    /** Parses a signer key string; checks that its key ID matches the key. */
    public static NoteSigner parse(String skey) {
        String trimmed = skey.strip();
        if (!trimmed.startsWith(PREFIX)) {
            throw new NoteException("a signer key starts with PRIVATE+KEY+; this is not a private note key");
        }
        String[] parts = trimmed.substring(PREFIX.length()).split("\\+", 3);
        if (parts.length != 3) {
            throw new NoteException("a signer key is PRIVATE+KEY+<name>+<key ID>+<key>; it has the wrong number of parts");
        }
        byte[] typed = NoteVerifier.decode(parts[2], "signer key");
        if (typed.length != 1 + Ed25519.KEY_SIZE) {
            throw new NoteException("the signer key for \"" + parts[0] + "\" is not a 32-byte Ed25519 seed");
        }
        NoteSigner signer = new NoteSigner(parts[0], KeyType.of(typed[0]), Arrays.copyOfRange(typed, 1, typed.length));
        if (!parts[1].equals(NoteVerifier.KeyId.hex(signer.verifier.keyId()))) {
            throw new NoteException("the key ID " + parts[1] + " of the signer key for \"" + parts[0]
                    + "\" does not match its key; the key string was altered");
        }
        return signer;
    }

    /** The signer key string; keep it secret. */
    public String encoded() {
        byte[] typed = new byte[1 + seed.length];
        typed[0] = verifier.type().id();
        System.arraycopy(seed, 0, typed, 1, seed.length);
        return PREFIX + verifier.name() + "+" + NoteVerifier.KeyId.hex(verifier.keyId()) + "+"
                + Base64.getEncoder().encodeToString(typed);
    }

    /** The matching public verifier. */
    public NoteVerifier verifier() {
        return verifier;
    }

    /** The raw 64-byte Ed25519 signature of a message. */
    public byte[] sign(byte[] message) {
        return Ed25519.sign(seed, verifier.publicKey(), message);
    }

    @Override
    public String toString() {
        return "NoteSigner[" + verifier.encoded() + "]";
    }
}
