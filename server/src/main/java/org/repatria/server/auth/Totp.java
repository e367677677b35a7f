package org.repatria.server.auth;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.regex.Pattern;
import javax.crypto.spec.SecretKeySpec;

/**
 * TOTP codes (RFC 6238) over the well-kept java-otp library (HOTP of RFC 4226 with the time-step counter), and the
 * acceptance window around the current step. Which step matched is returned, so the caller can refuse a replay.
 */
final class Totp {
    /** RFC 6238 section 5.2 recommends a time step of 30 seconds; authenticator apps assume it. */
    static final Duration STEP = Duration.ofSeconds(30);
    /** RFC 4226 section 5.3 and R4: at least 6 digits; apps show 6 by default. */
    static final int DIGITS = 6;
    /**
     * Steps accepted either side of the current one. RFC 6238 section 5.2 recommends at most one step back for
     * transmission delay; one step ahead covers a phone whose clock runs a little fast (section 6, resynchronisation).
     */
    static final int WINDOW = 1;
    /** The default HMAC of RFC 6238 section 1.2 (HMAC-SHA-1), the one every authenticator app speaks. */
    static final String SHA1 = TimeBasedOneTimePasswordGenerator.TOTP_ALGORITHM_HMAC_SHA1;
    private final TimeBasedOneTimePasswordGenerator generator;
    private final Pattern shape;

    /** A generator of {@code digits}-digit codes with {@code algorithm} (HmacSHA1, HmacSHA256 or HmacSHA512). */
    Totp(String algorithm, int digits) {
        this.generator = new TimeBasedOneTimePasswordGenerator(STEP, digits, algorithm);
        this.shape = Pattern.compile("[0-9]{" + digits + "}");
    }

    /** The factor the desk uses: HMAC-SHA-1, 6 digits, 30-second steps. */
    static Totp standard() {
        return new Totp(SHA1, DIGITS);
    }

    /** The time step of {@code t}: RFC 6238 section 4.2, T = floor((unix time - T0) / X) with T0 = 0 and X = 30 s. */
    static long step(Instant t) {
        return Math.floorDiv(t.getEpochSecond(), STEP.toSeconds());
    }

    /** The code of {@code step} for {@code secret}, zero-padded to the generator's digits. */
    String code(byte[] secret, long step) {
        try {
            return generator.generateOneTimePasswordString(new SecretKeySpec(secret, generator.getAlgorithm()),
                    Instant.ofEpochSecond(step * STEP.toSeconds()), Locale.ROOT);
        } catch (InvalidKeyException e) {
            throw new IllegalStateException("an HMAC takes a key of any length; this one was refused", e);
        }
    }

    /**
     * The step within {@link #WINDOW} of {@code now} whose code is {@code presented}, the earliest first; empty when
     * none is, or when {@code presented} is not a string of the generator's digits. Compared in constant time.
     */
    OptionalLong match(byte[] secret, String presented, Instant now) {
        if (presented == null || !shape.matcher(presented).matches()) {
            return OptionalLong.empty();
        }
        byte[] given = presented.getBytes(StandardCharsets.US_ASCII);
        long current = step(now);
        for (long s = current - WINDOW; s <= current + WINDOW; s++) {
            if (MessageDigest.isEqual(code(secret, s).getBytes(StandardCharsets.US_ASCII), given)) {
                return OptionalLong.of(s);
            }
        }
        return OptionalLong.empty();
    }
}
