package org.repatria.ledger.note;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** A C2SP signed note: a text ending in a newline, a blank line, and one or more signature lines. */
public record SignedNote(String text, List<NoteSignature> signatures) {
    /** Limit on signature lines; the spec asks to accept at least 16. */
    public static final int MAX_SIGNATURES = 100;
    private static final int MAX_BYTES = 1 << 20;

    /** Checks the text and copies the signatures. */
    public SignedNote {
        checkText(text);
        signatures = List.copyOf(signatures);
    }

    /** Signs a text with an Ed25519 (type 0x01) note key. */
    public static SignedNote sign(String text, NoteSigner signer) {
        return new SignedNote(text, List.of()).withSignature(signature(text, signer));
    }

    /** The signature line a key makes over a text (C2SP signed-note, "Ed25519 signatures"). */
    public static NoteSignature signature(String text, NoteSigner signer) {
        NoteVerifier key = signer.verifier();
        if (key.type() != KeyType.ED25519) {
            throw new NoteException("the key " + key.name() + " is a " + key.type() + " key; sign notes with an Ed25519 key");
        }
        return new NoteSignature(key.name(), key.keyId(), signer.sign(text.getBytes(StandardCharsets.UTF_8)));
    }

    /** This note with one more signature line. */
    public SignedNote withSignature(NoteSignature signature) {
        List<NoteSignature> all = new ArrayList<>(signatures);
        all.add(signature);
        return new SignedNote(text, all);
    }

    /** Parses a signed note (UTF-8), checking its format but no signature. */
    public static SignedNote parse(byte[] note) {
        if (note.length > MAX_BYTES) {
            throw new NoteException("the note is " + note.length + " bytes, more than the " + MAX_BYTES + " accepted");
        }
        String all = decodeUtf8(note);
        int split = all.lastIndexOf("\n\n");
        if (split < 0) {
            throw new NoteException("the note has no blank line between its text and its signatures");
        }
        String text = all.substring(0, split + 1);
        String block = all.substring(split + 2);
        if (block.isEmpty() || !block.endsWith("\n")) {
            throw new NoteException("the note's signature lines are missing or do not end with a newline");
        }
        String[] lines = block.substring(0, block.length() - 1).split("\n", -1);
        if (lines.length > MAX_SIGNATURES) {
            throw new NoteException("the note has " + lines.length + " signatures, more than the " + MAX_SIGNATURES + " accepted");
        }
        List<NoteSignature> signatures = new ArrayList<>();
        for (String line : lines) {
            signatures.add(NoteSignature.parseLine(line));
        }
        return new SignedNote(text, signatures);
    }

    /** The note as bytes: text, blank line, signature lines. */
    public byte[] encoded() {
        // Each part encoded alone and copied once: the signature lines' em dash would otherwise make the whole note a
        // UTF-16 string first. The text and each line end in a newline, so no character spans two parts.
        byte[] head = text.getBytes(StandardCharsets.UTF_8);
        byte[][] lines = new byte[signatures.size()][];
        int size = head.length + 1;
        for (int i = 0; i < lines.length; i++) {
            lines[i] = signatures.get(i).line().getBytes(StandardCharsets.UTF_8);
            size += lines[i].length;
        }
        byte[] out = Arrays.copyOf(head, size);
        out[head.length] = '\n';
        int at = head.length + 1;
        for (byte[] line : lines) {
            System.arraycopy(line, 0, out, at, line.length);
            at += line.length;
        }
        return out;
    }

    /**
     * Checks this note's signature by an Ed25519 note key (C2SP signed-note, "Signatures"): a signature line with the
     * key's name and ID must exist and every such line must verify; lines of unknown keys are ignored.
     *
     * @throws NoteException when no line is by this key or a line by this key does not verify
     */
    public void verify(NoteVerifier key) {
        if (key.type() != KeyType.ED25519) {
            throw new NoteException("the key " + key.name() + " is a " + key.type() + " key, not a note-signing key");
        }
        byte[] message = text.getBytes(StandardCharsets.UTF_8);
        boolean found = false;
        for (NoteSignature signature : signatures) {
            if (key.matches(signature)) {
                if (!key.verifies(message, signature.signature())) {
                    throw new NoteException("the signature by " + key.name() + " does not verify: the note was altered "
                            + "after signing, or the signature was forged");
                }
                found = true;
            }
        }
        if (!found) {
            throw new NoteException("the note carries no signature by the key " + key.encoded()
                    + "; it was signed by another key, or the key you were given is not this log's key");
        }
    }

    private static String decodeUtf8(byte[] note) {
        // The JDK's decoding (fast) gives the strict decoder's text for valid UTF-8 and writes U+FFFD for what is not:
        // only a text holding U+FFFD (sent, or made from bad bytes) is decoded again, strictly, to tell the two apart.
        String lenient = new String(note, StandardCharsets.UTF_8);
        if (lenient.indexOf('\uFFFD') < 0) {
            return lenient;
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(note)).toString();
        } catch (CharacterCodingException e) {
            throw new NoteException("the note is not valid UTF-8", e);
        }
    }

    private static void checkText(String text) {
        if (text.isEmpty() || !text.endsWith("\n")) {
            throw new NoteException("a note text must be non-empty and end with a newline");
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\n') {
                throw new NoteException("the note text contains the control character 0x" + Integer.toHexString(c)
                        + " at offset " + i + "; only newlines are allowed");
            }
        }
    }
}
