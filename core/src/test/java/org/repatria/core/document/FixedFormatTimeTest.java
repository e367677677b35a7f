package org.repatria.core.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.DateTimeException;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The fixed-format reading of an entry's times answers exactly as {@code Instant.parse}, which it replaced. */
class FixedFormatTimeTest {
    @Test
    void readsACanonicalTime() {
        assertEquals(Instant.parse("2026-12-07T05:59:43Z"), CanonicalLines.fixedFormat("2026-12-07T05:59:43Z"));
    }

    @Test
    void refusesTheThirtiethOfFebruary() {
        assertThrows(DateTimeException.class, () -> CanonicalLines.fixedFormat("2024-02-30T00:00:00Z"));
    }

    @Test
    void answersAsInstantParseOnSeededRandomTimes() {
        SplittableRandom random = new SplittableRandom(171);
        int[][] ranges = {{0, 10_000}, {0, 14}, {0, 33}, {0, 26}, {0, 61}, {0, 62}};
        for (int n = 0; n < 50_000; n++) {
            int[] v = new int[6];
            for (int i = 0; i < 6; i++) {
                v[i] = random.nextInt(ranges[i][0], ranges[i][1]);
            }
            if (n % 10 == 0) { // the edges: midnight as 24:00:00 and the leap second
                v[3] = 24 - random.nextInt(2);
                v[4] = random.nextBoolean() ? 0 : 59;
                v[5] = random.nextBoolean() ? 0 : 60;
            }
            String text = String.format(Locale.ROOT, "%04d-%02d-%02dT%02d:%02d:%02dZ", v[0], v[1], v[2], v[3], v[4], v[5]);
            assertEquals(parsed(() -> Instant.parse(text)), parsed(() -> CanonicalLines.fixedFormat(text)), text);
        }
    }

    @Test
    void theShapeCheckMatchesWhatTheCanonicalPatternMatchedOnSeededTexts() {
        java.util.regex.Pattern pattern = java.util.regex.Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z");
        SplittableRandom random = new SplittableRandom(187);
        String alphabet = "0123456789-T:Z z/\u0660a";
        for (int n = 0; n < 50_000; n++) {
            StringBuilder text = new StringBuilder("2026-12-07T05:59:43Z");
            for (int edits = random.nextInt(3); edits > 0; edits--) { // none, one or two characters changed, added or cut
                int at = random.nextInt(text.length());
                switch (random.nextInt(3)) {
                    case 0 -> text.setCharAt(at, alphabet.charAt(random.nextInt(alphabet.length())));
                    case 1 -> text.insert(at, alphabet.charAt(random.nextInt(alphabet.length())));
                    default -> text.deleteCharAt(at);
                }
            }
            String t = text.toString();
            assertEquals(pattern.matcher(t).matches(), CanonicalLines.canonicalPattern(t), t);
        }
    }

    private static Optional<Instant> parsed(java.util.function.Supplier<Instant> parse) {
        try {
            return Optional.of(parse.get());
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
