package org.repatria.ledger.checkpoint;

import org.repatria.ledger.note.NoteException;
import org.repatria.ledger.note.NoteSigner;
import org.repatria.ledger.note.NoteVerifier;
import org.repatria.ledger.note.SignedNote;

/** A checkpoint with its signed note, as served at {@code <prefix>/checkpoint}. */
public record SignedCheckpoint(Checkpoint checkpoint, SignedNote note) {
    /** Checks that the note's text is the checkpoint's text. */
    public SignedCheckpoint {
        if (!note.text().equals(checkpoint.text())) {
            throw new CheckpointException("the note text is not the text of the checkpoint");
        }
    }

    /** Signs a checkpoint with the log's note key. */
    public static SignedCheckpoint sign(Checkpoint checkpoint, NoteSigner logKey) {
        return new SignedCheckpoint(checkpoint, SignedNote.sign(checkpoint.text(), logKey));
    }

    /**
     * Parses a signed checkpoint and verifies the log's signature on it.
     *
     * @throws CheckpointException when the note is malformed, the log's signature is missing or does not verify
     */
    public static SignedCheckpoint open(byte[] bytes, NoteVerifier logKey) {
        SignedCheckpoint parsed = parse(bytes);
        try {
            parsed.note().verify(logKey);
        } catch (NoteException e) {
            throw new CheckpointException("the checkpoint's log signature is not valid: " + e.getMessage(), e);
        }
        return parsed;
    }

    /** Parses without verifying any signature (e.g. to inspect a checkpoint that failed to verify). */
    public static SignedCheckpoint parse(byte[] bytes) {
        try {
            SignedNote note = SignedNote.parse(bytes);
            return new SignedCheckpoint(Checkpoint.parse(note.text()), note);
        } catch (NoteException e) {
            throw new CheckpointException("the checkpoint is not a well-formed signed note: " + e.getMessage(), e);
        }
    }

    /** The bytes as served: note text, blank line, signatures. */
    public byte[] encoded() {
        return note.encoded();
    }
}
