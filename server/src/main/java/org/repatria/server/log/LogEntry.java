package org.repatria.server.log;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.repatria.core.document.DocumentFormatException;
import org.repatria.core.document.EntryStatement;
import org.repatria.ledger.note.NoteException;
import org.repatria.ledger.note.NoteSigner;
import org.repatria.ledger.note.NoteVerifier;
import org.repatria.ledger.note.SignedNote;

/**
 * A Repatria log entry: an {@link EntryStatement} as a C2SP signed note carrying its signer's signature. A value (equal
 * by statement and note); its bytes are made once and kept, as a submission asks for them several times (0187).
 */
public final class LogEntry {
    private final EntryStatement statement;
    private final SignedNote note;
    // Made on first use; a race only makes them twice. Never handed out: encoded() returns a copy.
    private byte[] bytes;

    /** The entry whose text is {@code statement}'s and whose note is {@code note}. */
    public LogEntry(EntryStatement statement, SignedNote note) {
        this.statement = Objects.requireNonNull(statement, "statement");
        this.note = Objects.requireNonNull(note, "note");
    }

    /** What the entry says. */
    public EntryStatement statement() {
        return statement;
    }

    /** The signed note carrying it. */
    public SignedNote note() {
        return note;
    }

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
        return bytes().clone();
    }

    /** The entry's bytes, not copied: for this package's code, which never changes them. */
    byte[] bytes() {
        byte[] made = bytes;
        if (made == null) {
            made = note.encoded();
            bytes = made;
        }
        return made;
    }

    /**
     * Checks the entry carries a valid signature by {@code key}.
     *
     * @throws NoteException when it carries none, or it does not verify
     */
    public void checkSignedBy(NoteVerifier key) {
        note.verify(key);
    }

    /** Equal when statement and note are equal. */
    @Override
    public boolean equals(Object o) {
        return o instanceof LogEntry e && statement.equals(e.statement) && note.equals(e.note);
    }

    @Override
    public int hashCode() {
        return Objects.hash(statement, note);
    }

    @Override
    public String toString() {
        return "LogEntry[statement=" + statement + ", note=" + note + "]";
    }
}
