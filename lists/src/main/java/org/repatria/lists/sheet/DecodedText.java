package org.repatria.lists.sheet;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;

/**
 * A CSV file's text, decoded strictly as it is read (never the whole file at once): a byte sequence that is not text in
 * {@code charset} ends the reading with {@link Malformed}, giving its byte offset, after every character before it.
 * {@code refusal} is the message code the refusal carries ({@code file.wrong-encoding} for a character set the caller
 * chose, {@code file.not-utf8} for one detected).
 */
final class DecodedText {
    private static final int CHUNK = 8192;
    private final ByteBuffer in;
    private final CharBuffer out = CharBuffer.allocate(CHUNK).flip();
    private final CharsetDecoder decoder;
    private final Charset charset;
    private final String refusal;
    private StringBuilder ahead = new StringBuilder();
    private int aheadAt;
    private long malformedAt = -1;
    private boolean ended;

    DecodedText(byte[] bytes, int skip, Charset charset, String refusal) {
        this.in = ByteBuffer.wrap(bytes, skip, bytes.length - skip);
        this.charset = charset;
        this.refusal = refusal;
        this.decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    /** Thrown once every character before bytes that are not text has been read. */
    static final class Malformed extends RuntimeException {
        private final long offset;

        Malformed(long offset) {
            super("malformed input at byte " + offset, null, false, false);
            this.offset = offset;
        }

        long offset() {
            return offset;
        }
    }

    Charset charset() {
        return charset;
    }

    String refusal() {
        return refusal;
    }

    /** Up to {@code max} first characters (fewer at the end or before bytes that are not text); read again by {@link #next()}. */
    String head(int max) {
        while (ahead.length() < max) {
            if (!out.hasRemaining() && (ended || malformedAt >= 0 || !fill())) {
                break;
            }
            ahead.append(out.get());
        }
        return ahead.toString();
    }

    /** The next character, or -1 at the end of the file. */
    int next() {
        if (ahead != null) {
            if (aheadAt < ahead.length()) {
                return ahead.charAt(aheadAt++);
            }
            ahead = null;
        }
        if (!out.hasRemaining() && !fill()) {
            if (malformedAt >= 0) {
                throw new Malformed(malformedAt);
            }
            return -1;
        }
        return out.get();
    }

    /** Decodes the next chunk; false when nothing more can be decoded (the end, or bytes that are not text). */
    private boolean fill() {
        while (!out.hasRemaining()) {
            if (ended || malformedAt >= 0) {
                return false;
            }
            out.clear();
            CoderResult result = decoder.decode(in, out, true);
            if (result.isError()) {
                malformedAt = in.position();
            } else if (result.isUnderflow()) {
                decoder.flush(out);
                ended = true;
            }
            out.flip();
        }
        return true;
    }
}
