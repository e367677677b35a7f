package org.repatria.server.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The byte scan that decides which bodies are walked for lone surrogates finds what the pattern it replaced found. */
class SurrogatesScanTest {
    private static final Pattern ESCAPED = Pattern.compile("\\\\u[dD][89a-fA-F][0-9a-fA-F]{2}");
    private static final byte[] ALPHABET = "\\\\uuUdD89aAfFgG0\"x".getBytes(StandardCharsets.ISO_8859_1);

    @Test
    void findsAnEscapedSurrogateAtTheEndOfTheBody() {
        assertTrue(Surrogates.maybe("{\"surname\":\"abc\\uDbFf".getBytes(StandardCharsets.US_ASCII)));
    }

    @Test
    void passesABodyWithOtherEscapesOnly() {
        assertFalse(Surrogates.maybe("{\"a\":\"\\u0434\\u00e9\\uD7FF\\uE000\\ud8\"}".getBytes(StandardCharsets.US_ASCII)));
    }

    @Test
    void answersAsThePatternOnSeededRandomBodies() {
        SplittableRandom random = new SplittableRandom(15);
        for (int n = 0; n < 20_000; n++) {
            byte[] body = new byte[random.nextInt(12)];
            for (int i = 0; i < body.length; i++) {
                body[i] = random.nextInt(10) == 0 ? (byte) random.nextInt(256) : ALPHABET[random.nextInt(ALPHABET.length)];
            }
            boolean expected = ESCAPED.matcher(new String(body, StandardCharsets.ISO_8859_1)).find();
            assertEquals(expected, Surrogates.maybe(body), () -> new String(body, StandardCharsets.ISO_8859_1));
        }
    }
}
