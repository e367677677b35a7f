package org.repatria.ledger.note;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** Key names and key IDs (C2SP signed-note, "Signatures"). */
final class KeyName {
    private KeyName() {
    }

    /** Key names MUST be non-empty and MUST NOT contain any Unicode spaces or plus (U+002B) characters. */
    static String check(String name) {
        if (name.isEmpty()) {
            throw new NoteException("a key name must not be empty");
        }
        for (int i = 0; i < name.length(); ) {
            int c = name.codePointAt(i);
            if (c == '+' || Character.isWhitespace(c) || Character.isSpaceChar(c) || c < 0x20) {
                throw new NoteException("the key name \"" + name + "\" contains a space, control character or '+'");
            }
            i += Character.charCount(c);
        }
        return name;
    }

    /** key ID = SHA-256(key name || 0x0A || signature type || public key)[:4], read big-endian. */
    static int keyId(String name, byte type, byte[] publicKey) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(name.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0x0A);
            sha.update(type);
            sha.update(publicKey);
            return ByteBuffer.wrap(sha.digest()).getInt();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this JDK has no SHA-256", e);
        }
    }
}
