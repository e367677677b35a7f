package org.repatria.server.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/** Seeded damage to a valid input: truncation, flipped bytes, NULs, lone surrogates, huge numbers, wrong types. */
final class Mutations {
    /** Values that break readers: lone surrogates, NUL, control and bidi characters, huge and odd numbers, long text. */
    static final List<String> NASTY = List.of("\"\\ud800abc\"", "\"abc\\udfff\"", "\"\\u0000\"", "\"a\\u0000b\"",
            "\"\\u202e\\u0007x\"", "1e999999", "-1e999999", "123456789012345678901234567890", "-0", "1.5", "NaN",
            "true", "null", "[]", "{}", "[[[[[[[[[[[[[[[[[[[[1]]]]]]]]]]]]]]]]]]]]", "\"" + "x".repeat(10_000) + "\"",
            "\"\\uFEFF\"", "\"../../etc/passwd\"", "\"' OR 1=1 --\"", "\"<script>\"", "\"9999-99-99\"", "\"\"", "\" \"");

    private Mutations() {
    }

    static <T> T pick(SplittableRandom rng, List<T> from) {
        return from.get(rng.nextInt(from.size()));
    }

    /** One seeded mutation of {@code valid}; {@code valid} itself about one time in eight. */
    static byte[] mutate(byte[] valid, SplittableRandom rng) {
        return switch (rng.nextInt(8)) {
            case 0 -> valid;
            case 1 -> Arrays.copyOf(valid, valid.length == 0 ? 0 : rng.nextInt(valid.length));
            case 2 -> flip(valid, rng);
            case 3 -> insert(valid, rng, new byte[] {0});
            case 4 -> insert(valid, rng, new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}); // a surrogate in UTF-8
            case 5 -> insert(valid, rng, pick(rng, List.of("99999999999999999999999999", "-1", "1e308", "\u0000",
                    "\uFEFF", "\"", ",", ";", "\r\n", "\t", "=cmd|' /C calc'!A0")).getBytes(StandardCharsets.UTF_8));
            case 6 -> new byte[0];
            default -> flip(flip(valid, rng), rng);
        };
    }

    private static byte[] flip(byte[] b, SplittableRandom rng) {
        byte[] copy = b.clone();
        for (int k = rng.nextInt(1, 8); k > 0 && copy.length > 0; k--) {
            copy[rng.nextInt(copy.length)] = (byte) rng.nextInt(256);
        }
        return copy;
    }

    private static byte[] insert(byte[] b, SplittableRandom rng, byte[] what) {
        int at = b.length == 0 ? 0 : rng.nextInt(b.length + 1);
        byte[] out = new byte[b.length + what.length];
        System.arraycopy(b, 0, out, 0, at);
        System.arraycopy(what, 0, out, at, what.length);
        System.arraycopy(b, at, out, at + what.length, b.length - at);
        return out;
    }
}
