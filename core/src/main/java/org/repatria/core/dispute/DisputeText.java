package org.repatria.core.dispute;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * What a party says against a document on the log: a one-line subject and the text. {@link #encoded()} is the one
 * byte form the party signs; the envelope of the dispute names the disputed document ({@code answers}).
 */
public record DisputeText(String subject, String text) {
    /** First line of the canonical form; a new format gets a new version. */
    public static final String HEADER = "repatria-dispute/v1";
    /** Longest subject, in characters (code points). */
    public static final int MAX_SUBJECT = 200;
    /** Longest text, in characters (code points). */
    public static final int MAX_TEXT = 8000;

    /**
     * Puts both parts in their one spelling (NFC, LF line breaks, no surrounding blanks) and checks them.
     *
     * @throws DisputeTextException naming the part: empty, too long, or holding control characters
     */
    public DisputeText {
        subject = Wording.canonical("subject", subject, MAX_SUBJECT, false);
        text = Wording.canonical("text", text, MAX_TEXT, true);
    }

    /** The canonical bytes: the header, {@code subject <subject>}, an empty line, the text, a line feed; UTF-8. */
    public byte[] encoded() {
        return (HEADER + "\nsubject " + subject + "\n\n" + text + "\n").getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Reads the canonical bytes and nothing else: any other spelling of the same dispute is refused.
     *
     * @throws DisputeTextException saying what is wrong
     */
    public static DisputeText parse(byte[] bytes) {
        String rest = Wording.after(Wording.decode(bytes), HEADER + "\nsubject ", "\"" + HEADER + "\" and a subject line");
        int end = rest.indexOf("\n\n");
        if (end < 0) {
            throw new DisputeTextException("content", "the subject line is not followed by an empty line and the text");
        }
        DisputeText read = new DisputeText(rest.substring(0, end), Wording.body(rest.substring(end + 2)));
        if (!Arrays.equals(read.encoded(), bytes)) {
            throw new DisputeTextException("content", "the dispute is not in canonical form (NFC, LF line breaks, no "
                    + "surrounding blanks)");
        }
        return read;
    }
}
