package org.repatria.core.document;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import org.repatria.core.party.PartyId;

/**
 * The text a log entry's signature covers: which step ({@link EntryKind}) which party took, with which key custody,
 * when, on which envelope. A log entry is this text as a C2SP signed note with the signer's signature line; it holds
 * the envelope only, never the document or personal data.
 */
public record EntryStatement(EntryKind kind, PartyId signer, KeyCustody custody, Instant time, Envelope envelope) {
    /** First line of the canonical form; a new format gets a new version. */
    public static final String HEADER = "repatria-entry/v1";
    /** Longest statement; with signature lines an entry stays far below the 65,535-byte entry-bundle limit. */
    public static final int MAX_BYTES = 4096;
    /** The C2SP tlog-tiles limit on one entry (the uint16 length prefix in entry bundles). */
    public static final int MAX_ENTRY_BYTES = 0xFFFF;

    /** Checks who may sign which step, and that no step predates the envelope. */
    public EntryStatement {
        CanonicalLines.checkTime(time, "entry time");
        if (time.isBefore(envelope.time())) {
            throw new DocumentFormatException("the " + kind.token() + " entry's time " + time
                    + " is before the envelope's time " + envelope.time());
        }
        switch (kind) {
            case SUBMITTED -> require(signer.equals(envelope.author()), "a submission is signed by the author "
                    + envelope.author() + ", not by " + signer);
            case RELAYED -> require(!signer.equals(envelope.author()) && !envelope.addressees().contains(signer),
                    "a relay is signed by the mediator, not by the author or an addressee (" + signer + ")");
            case ACKNOWLEDGED -> require(envelope.addressees().contains(signer), "only an addressee "
                    + envelope.addressees() + " acknowledges receipt, not " + signer);
        }
    }

    /** The canonical text: header, kind, signer, key custody, time, then the envelope's canonical text. */
    public String text() {
        return HEADER + "\nkind " + kind.token() + "\nsigner " + signer + "\nkey " + custody.token() + "\ntime "
                + CanonicalLines.formatTime(time) + "\n" + envelope.text();
    }

    /** The canonical bytes (as {@link #text()}). */
    public byte[] encoded() {
        return text().getBytes(StandardCharsets.US_ASCII);
    }

    /**
     * Parses the canonical form and nothing else.
     *
     * @throws DocumentFormatException naming the line and what is wrong
     */
    public static EntryStatement parse(byte[] bytes) {
        CanonicalLines lines = CanonicalLines.of("entry", bytes, MAX_BYTES);
        lines.header(HEADER);
        EntryKind kind = EntryKind.ofToken(lines.field("kind"));
        PartyId signer = Envelope.party(lines.field("signer"), "signer");
        KeyCustody custody = KeyCustody.ofToken(lines.field("key"));
        Instant time = CanonicalLines.parseTime(lines.field("time"), "entry time");
        byte[] nested = lines.rest();
        Envelope envelope = Envelope.read(CanonicalLines.of("envelope", nested, Envelope.MAX_BYTES), nested);
        EntryStatement statement = new EntryStatement(kind, signer, custody, time, envelope);
        if (!Arrays.equals(statement.encoded(), bytes)) {
            throw new DocumentFormatException("the entry is not in canonical form; write it as: " + statement.text());
        }
        return statement;
    }

    private static void require(boolean rule, String message) {
        if (!rule) {
            throw new DocumentFormatException(message);
        }
    }
}
