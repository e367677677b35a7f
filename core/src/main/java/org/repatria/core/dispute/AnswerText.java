package org.repatria.core.dispute;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * What the disputed party answers to a dispute. {@link #encoded()} is the one byte form it signs; the answer's
 * envelope names the dispute ({@code answers}).
 */
public record AnswerText(String text) {
    /** First line of the canonical form; a new format gets a new version. */
    public static final String HEADER = "repatria-answer/v1";

    /**
     * Puts the text in its one spelling (NFC, LF line breaks, no surrounding blanks) and checks it, with the limits of
     * a dispute's text.
     *
     * @throws DisputeTextException empty, too long, or holding control characters
     */
    public AnswerText {
        text = Wording.canonical("text", text, DisputeText.MAX_TEXT, true);
    }

    /** The canonical bytes: the header, an empty line, the text, a line feed; UTF-8. */
    public byte[] encoded() {
        return (HEADER + "\n\n" + text + "\n").getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Reads the canonical bytes and nothing else.
     *
     * @throws DisputeTextException saying what is wrong
     */
    public static AnswerText parse(byte[] bytes) {
        String rest = Wording.after(Wording.decode(bytes), HEADER + "\n\n", "\"" + HEADER + "\" and an empty line");
        AnswerText read = new AnswerText(Wording.body(rest));
        if (!Arrays.equals(read.encoded(), bytes)) {
            throw new DisputeTextException("content", "the answer is not in canonical form (NFC, LF line breaks, no "
                    + "surrounding blanks)");
        }
        return read;
    }
}
