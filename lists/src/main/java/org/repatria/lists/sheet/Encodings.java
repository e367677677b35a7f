package org.repatria.lists.sheet;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Decides a text file's character set: a byte-order mark wins (UTF-8, UTF-16), then strict UTF-8,
 * then Windows-1251 (any byte sequence decodes, and Cyrillic lists not in UTF-8 are in it). A
 * caller-given character set overrides detection and must decode the whole file.
 */
final class Encodings {
    static final Charset WINDOWS_1251 = Charset.forName("windows-1251");

    private Encodings() {
    }

    static DecodedText decode(byte[] bytes, Optional<Charset> override) throws UnreadableSheetException {
        if (override.isPresent()) {
            Charset charset = override.get();
            int skip = charset.equals(StandardCharsets.UTF_8) && hasUtf8Bom(bytes) ? 3 : 0;
            return new DecodedText(strict(bytes, skip, charset).orElseThrow(() -> new UnreadableSheetException(
                    "file.wrong-encoding", charset.name(), null)), charset);
        }
        if (hasUtf8Bom(bytes)) {
            return new DecodedText(lenient(bytes, 3, StandardCharsets.UTF_8), StandardCharsets.UTF_8);
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
            return new DecodedText(lenient(bytes, 2, StandardCharsets.UTF_16LE), StandardCharsets.UTF_16LE);
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
            return new DecodedText(lenient(bytes, 2, StandardCharsets.UTF_16BE), StandardCharsets.UTF_16BE);
        }
        if (looksBinary(bytes)) {
            throw new UnreadableSheetException("file.binary", "", null);
        }
        Optional<String> utf8 = strict(bytes, 0, StandardCharsets.UTF_8);
        return utf8.map(text -> new DecodedText(text, StandardCharsets.UTF_8))
                .orElseGet(() -> new DecodedText(lenient(bytes, 0, WINDOWS_1251), WINDOWS_1251));
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

    private static Optional<String> strict(byte[] bytes, int skip, Charset charset) {
        try {
            CharBuffer chars = charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, skip, bytes.length - skip));
            return Optional.of(chars.toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    private static String lenient(byte[] bytes, int skip, Charset charset) {
        return new String(bytes, skip, bytes.length - skip, charset);
    }
}
