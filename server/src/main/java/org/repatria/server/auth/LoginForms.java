package org.repatria.server.auth;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The login form's CSRF token without server state (decision record 0162): the visitor's cookie holds a random nonce,
 * and the form's token is {@code <expiry>.<HMAC-SHA256(server key, nonce, expiry)>}. Only this server, which holds the
 * key, can make a token that matches a nonce; nothing is stored, so an anonymous crowd fills no table.
 */
final class LoginForms {
    /** How long a login form stays usable after it was shown. */
    static final Duration LIFETIME = Duration.ofHours(2);
    private static final Pattern NONCE = Pattern.compile("[A-Za-z0-9_-]{43}");
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
    private final SecretKeySpec key;

    LoginForms() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        this.key = new SecretKeySpec(bytes, "HmacSHA256");
    }

    /** Whether a cookie value has the shape of a nonce (or a session id): 43 URL-safe Base64 characters. */
    static boolean wellFormed(String cookie) {
        return cookie != null && NONCE.matcher(cookie).matches();
    }

    /** A token for the form shown now to the holder of {@code nonce}. */
    String token(String nonce, Instant now) {
        long expiry = now.plus(LIFETIME).getEpochSecond();
        return expiry + "." + mac(nonce, expiry);
    }

    /** Whether {@code presented} was made by this server for {@code nonce} and has not expired at {@code now}. */
    boolean valid(String nonce, String presented, Instant now) {
        if (presented == null) {
            return false;
        }
        int dot = presented.indexOf('.');
        if (dot < 1 || dot > 19) {
            return false;
        }
        long expiry;
        try {
            expiry = Long.parseLong(presented.substring(0, dot));
        } catch (NumberFormatException e) {
            return false;
        }
        return expiry > now.getEpochSecond() && expiry <= now.plus(LIFETIME).getEpochSecond()
                && Secrets.same(mac(nonce, expiry), presented.substring(dot + 1));
    }

    private String mac(String nonce, long expiry) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return B64.encodeToString(mac.doFinal(("repatria login form\n" + nonce + "\n" + expiry)
                    .getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java runtime has HmacSHA256", e);
        }
    }
}
