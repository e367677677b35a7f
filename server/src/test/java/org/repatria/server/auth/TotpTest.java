package org.repatria.server.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** TOTP against RFC 6238 Appendix B (every algorithm, every time), and the acceptance window around now. */
class TotpTest {
    private static final Map<String, String> SEEDS = Map.of(
            "SHA1", "12345678901234567890",
            "SHA256", "12345678901234567890123456789012",
            "SHA512", "1234567890123456789012345678901234567890123456789012345678901234");
    private static final byte[] SECRET = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

    private static List<String[]> vectors() throws IOException {
        try (InputStream in = TotpTest.class.getResourceAsStream("/totp/rfc6238-appendix-b.csv")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.startsWith("#") && !l.isBlank()).map(l -> l.split(",")).toList();
        }
    }

    @Test
    void everyAppendixBVectorIsReproducedForEveryAlgorithm() throws IOException {
        List<String[]> rows = vectors();
        assertThat(rows).hasSize(18);
        for (String[] row : rows) {
            Instant t = Instant.ofEpochSecond(Long.parseLong(row[0]));
            Totp totp = new Totp("Hmac" + row[4], 8);
            byte[] seed = SEEDS.get(row[4]).getBytes(StandardCharsets.US_ASCII);
            assertThat(totp.code(seed, Totp.step(t))).as("%s at %s", row[4], row[0]).isEqualTo(row[3]);
        }
    }

    @Test
    void theTimeStepAndItsUtcTimeAreThoseOfAppendixB() throws IOException {
        DateTimeFormatter utc = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
        for (String[] row : vectors()) {
            Instant t = Instant.ofEpochSecond(Long.parseLong(row[0]));
            assertThat(LocalDateTime.ofInstant(t, ZoneOffset.UTC).format(utc)).isEqualTo(row[1]);
            assertThat(Totp.step(t)).isEqualTo(HexFormat.fromHexDigitsToLong(row[2]));
        }
    }

    @Test
    void theDeskCodeIsTheLastSixDigitsOfTheSha1Vector() {
        // RFC 4226 section 5.3: the code is the truncated value modulo 10^digits, so 6 digits are the 8's tail.
        assertThat(Totp.standard().code(SECRET, Totp.step(Instant.ofEpochSecond(1111111109)))).isEqualTo("081804");
    }

    @Test
    void aCodeOfTheStepBeforeOrAfterNowIsAcceptedAndNamesItsStep() {
        Totp totp = Totp.standard();
        Instant now = Instant.ofEpochSecond(1_234_567_890);
        long step = Totp.step(now);
        for (long s = step - 1; s <= step + 1; s++) {
            assertThat(totp.match(SECRET, totp.code(SECRET, s), now)).hasValue(s);
        }
    }

    @Test
    void aCodeTwoStepsAwayIsRefused() {
        Totp totp = Totp.standard();
        Instant now = Instant.ofEpochSecond(1_234_567_890);
        long step = Totp.step(now);
        assertThat(totp.match(SECRET, totp.code(SECRET, step - 2), now)).isEmpty();
        assertThat(totp.match(SECRET, totp.code(SECRET, step + 2), now)).isEmpty();
    }

    @Test
    void somethingOtherThanSixDigitsIsRefusedWithoutComputing() {
        Totp totp = Totp.standard();
        Instant now = Instant.ofEpochSecond(59);
        assertThat(totp.match(SECRET, "28708", now)).isEmpty();
        assertThat(totp.match(SECRET, "2870821", now)).isEmpty();
        assertThat(totp.match(SECRET, "２８７０８２", now)).as("full-width digits").isEmpty();
        assertThat(totp.match(SECRET, null, now)).isEmpty();
    }

    @Test
    void aRandomWrongCodeIsRefused() {
        Totp totp = Totp.standard();
        Instant now = Instant.ofEpochSecond(2_000_000_000);
        Random random = new Random(17);
        List<String> right = List.of(-1, 0, 1).stream().map(d -> totp.code(SECRET, Totp.step(now) + d)).toList();
        for (int i = 0; i < 200; i++) {
            String guess = String.format(java.util.Locale.ROOT, "%06d", random.nextInt(1_000_000));
            assertThat(totp.match(SECRET, guess, now).isPresent()).isEqualTo(right.contains(guess));
        }
    }
}
