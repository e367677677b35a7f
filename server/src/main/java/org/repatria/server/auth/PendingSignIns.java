package org.repatria.server.auth;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.repatria.server.error.HttpProblem;

/**
 * Sign-ins half done: the password was right and the second step (a code, or enrolling a factor) is due. Keyed by the
 * visitor's login-form nonce, in memory; a half-signed-in visitor holds no session and reaches no desk page.
 */
final class PendingSignIns {
    /** How long the second step may take after the password was accepted. */
    static final Duration LIFETIME = Duration.ofMinutes(5);
    /**
     * Half-done sign-ins held at once. Only a right password adds one (and each costs an Argon2id hash), so the table
     * stays small; when it is full (expired ones dropped) one more is refused with 429.
     */
    static final int MAX_HELD = 10_000;
    private final Map<String, Held> held = new ConcurrentHashMap<>();

    /** One half-done sign-in: the account, what it must do next, and until when. */
    record Held(String username, SecondFactor.Next next, Instant until) {
    }

    void hold(String nonce, String username, SecondFactor.Next next, Instant now) {
        if (held.size() >= MAX_HELD) {
            held.values().removeIf(h -> !h.until().isAfter(now));
            if (held.size() >= MAX_HELD) {
                throw HttpProblem.tooMany("too_many_pending_sign_ins", String.format(Locale.ROOT,
                        "%,d sign-ins wait for their second step, the limit is %,d; try again in %d minutes", held.size(),
                        MAX_HELD, LIFETIME.toMinutes()), LIFETIME);
            }
        }
        held.put(nonce, new Held(username, next, now.plus(LIFETIME)));
    }

    Optional<Held> find(String nonce, Instant now) {
        Held h = held.get(nonce);
        if (h != null && !h.until().isAfter(now)) {
            held.remove(nonce, h);
            return Optional.empty();
        }
        return Optional.ofNullable(h);
    }

    void end(String nonce) {
        held.remove(nonce);
    }
}
