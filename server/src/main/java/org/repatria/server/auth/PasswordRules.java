package org.repatria.server.auth;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;

/**
 * What a new password must be, and the one-time passwords an administrator's reset hands out (docs/decisions/0182).
 */
public final class PasswordRules {
    /** The shortest password an account may choose (as {@code account add} has always asked). */
    public static final int MIN_LENGTH = 8;
    /** The longest password the server hashes or checks: a longer one is refused before any Argon2id work. */
    public static final int MAX_LENGTH = 256;
    /** Characters of a one-time password: lower-case letters and digits a person cannot confuse (no l, 1, o, 0, i). */
    private static final String ONE_TIME_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";
    private static final int ONE_TIME_GROUPS = 4;
    private static final int ONE_TIME_GROUP = 4;
    private static final SecureRandom RANDOM = new SecureRandom();

    private PasswordRules() {
    }

    /** What is wrong with {@code password} as a new password, in words naming the limit; empty when it will do. */
    public static Optional<String> problem(char[] password) {
        if (password.length < MIN_LENGTH) {
            return Optional.of(String.format(Locale.ROOT, "%d characters, at least %d are needed", password.length, MIN_LENGTH));
        }
        if (password.length > MAX_LENGTH) {
            return Optional.of(String.format(Locale.ROOT, "%,d characters, the limit is %d", password.length, MAX_LENGTH));
        }
        return Optional.empty();
    }

    /** A fresh one-time password: four groups of four of {@link #ONE_TIME_ALPHABET} (about 79 bits), e.g. {@code k7mq-...}. */
    public static char[] oneTime() {
        char[] out = new char[ONE_TIME_GROUPS * (ONE_TIME_GROUP + 1) - 1];
        for (int i = 0; i < out.length; i++) {
            out[i] = (i + 1) % (ONE_TIME_GROUP + 1) == 0 ? '-' : ONE_TIME_ALPHABET.charAt(RANDOM.nextInt(ONE_TIME_ALPHABET.length()));
        }
        return out;
    }
}
