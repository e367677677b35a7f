package org.repatria.ledger.note;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;

/** One signature line of a note: key name, key ID and the signature bytes that follow the key ID. */
public record NoteSignature(String name, int keyId, byte[] signature) {
    /** Copies the signature bytes. */
    public NoteSignature {
        signature = signature.clone();
    }

    /** A copy of the signature bytes (after the 4-byte key ID). */
    @Override
    public byte[] signature() {
        return signature.clone();
    }

    /** The line {@code — <name> base64(key ID || signature)} with its final newline. */
    public String line() {
        byte[] bytes = ByteBuffer.allocate(4 + signature.length).putInt(keyId).put(signature).array();
        return "\u2014 " + name + " " + Base64.getEncoder().encodeToString(bytes) + "\n";
    }

    /** Equal when name, key ID and signature bytes are equal. */
    @Override
    public boolean equals(Object o) {
        return o instanceof NoteSignature other && name.equals(other.name) && keyId == other.keyId
                && Arrays.equals(signature, other.signature);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, keyId, Arrays.hashCode(signature));
    }

    static NoteSignature parseLine(String line) {
        if (!line.startsWith("\u2014 ")) {
            throw new NoteException("a signature line starts with an em dash and a space: " + line);
        }
        String rest = line.substring(2);
        int space = rest.indexOf(' ');
        if (space <= 0 || rest.indexOf(' ', space + 1) >= 0) {
            throw new NoteException("a signature line is \"— <key name> <base64 signature>\": " + line);
        }
        String name = KeyName.check(rest.substring(0, space));
        byte[] bytes = NoteVerifier.decode(rest.substring(space + 1), "signature of " + name);
        if (bytes.length < 5) {
            throw new NoteException("the signature by " + name + " is too short to hold a key ID and a signature");
        }
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        int keyId = buffer.getInt();
        byte[] signature = new byte[buffer.remaining()];
        buffer.get(signature);
        return new NoteSignature(name, keyId, signature);
    }
}
