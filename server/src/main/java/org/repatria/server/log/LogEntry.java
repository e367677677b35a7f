package org.repatria.server.log;

import java.nio.charset.StandardCharsets;
import org.repatria.core.document.DocumentFormatException;
import org.repatria.core.document.EntryStatement;
import org.repatria.ledger.note.NoteException;
import org.repatria.ledger.note.NoteSigner;
import org.repatria.ledger.note.NoteVerifier;
import org.repatria.ledger.note.SignedNote;

/** A Repatria log entry: an {@link EntryStatement} as a C2SP signed note carrying its signer's signature. */
public record LogEntry(EntryStatement statement, SignedNote note) {
    /** Signs a statement with the signer's note key. */
    public static LogEntry sign(EntryStatement statement, NoteSigner key) {
        return new LogEntry(statement, SignedNote.sign(statement.text(), key));
    }

    /**
     * Reads entry bytes: a signed note whose text is a canonical statement.
     *
     * @throws IllegalArgumentException saying why the bytes are not a Repatria entry
     */
    public static LogEntry parse(byte[] bytes) {
        try {
            SignedNote note = SignedNote.parse(bytes);
            return new LogEntry(EntryStatement.parse(note.text().getBytes(StandardCharsets.UTF_8)), note);
        } catch (NoteException | DocumentFormatException e) {
            throw new IllegalArgumentException("not a Repatria entry: " + e.getMessage(), e);
        }
    }

    /** The entry's bytes, as appended to the log. */
    public byte[] encoded() {
        return note.encoded();
    }

    /**
     * Checks the entry carries a valid signature by {@code key}.
     *
     * @throws NoteException when it carries none, or it does not verify
     */
    public void checkSignedBy(NoteVerifier key) {
        note.verify(key);
    }
}
