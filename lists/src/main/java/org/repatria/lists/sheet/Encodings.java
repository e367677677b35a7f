package org.repatria.lists.sheet;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Decides a text file's character set, never by guessing after a failure (docs/decisions/0163): a caller-given
 * character set wins; then a byte-order mark (UTF-8, UTF-16); then the first line that holds a byte above ASCII decides:
 * Windows-1251 when it holds two Windows-1251 Cyrillic letters in a row (two bytes in a row from {@code C0}–{@code FF}:
 * never valid UTF-8, where such a byte must be followed by one from {@code 80}–{@code BF}), otherwise UTF-8. Whichever it
 * is, the whole file must decode strictly in it: bytes that do not are refused with their offset, not replaced.
 */
final class Encodings {
    static final Charset WINDOWS_1251 = Charset.forName("windows-1251");
    /** Two Windows-1251 letters from {@code А} to {@code я} in a row; no UTF-8 text has two such bytes together. */
    private static final int WORD = 2;

    private Encodings() {
    }

    static DecodedText decode(byte[] bytes, Optional<Charset> override) throws UnreadableSheetException {
        if (override.isPresent()) {
            Charset charset = override.get();
            int skip = charset.equals(StandardCharsets.UTF_8) && hasUtf8Bom(bytes) ? 3 : 0;
            return new DecodedText(bytes, skip, charset, "file.wrong-encoding");
        }
        if (hasUtf8Bom(bytes)) {
            return new DecodedText(bytes, 3, StandardCharsets.UTF_8, "file.not-utf8");
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
            return new DecodedText(bytes, 2, StandardCharsets.UTF_16LE, "file.wrong-encoding");
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
            return new DecodedText(bytes, 2, StandardCharsets.UTF_16BE, "file.wrong-encoding");
        }
        if (looksBinary(bytes)) {
            throw new UnreadableSheetException("file.binary", "", null);
        }
        return cyrillicWordFirst(bytes) ? new DecodedText(bytes, 0, WINDOWS_1251, "file.wrong-encoding")
                : new DecodedText(bytes, 0, StandardCharsets.UTF_8, "file.not-utf8");
    }

    /** Whether the first line holding a byte above ASCII holds two Windows-1251 letters in a row. */
    private static boolean cyrillicWordFirst(byte[] bytes) {
        int run = 0;
        boolean high = false;
        for (byte b : bytes) {
            int c = b & 0xFF;
            if (c == '\n') {
                if (high) {
                    return false;
                }
                run = 0;
                continue;
            }
            high |= c >= 0x80;
            run = c >= 0xC0 ? run + 1 : 0;
            if (run == WORD) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasUtf8Bom(byte[] b) {
        return b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF;
    }

    /** Text files hold no NUL and few control characters; a sheet of binary data holds both. */
    private static boolean looksBinary(byte[] bytes) {
        int n = Math.min(bytes.length, 64 * 1024);
        int control = 0;
        for (int i = 0; i < n; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0) {
                return true;
            }
            if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != 0x0C) {
                control++;
            }
        }
        return control > n / 100 + 2;
    }
}
