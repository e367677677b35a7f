package org.repatria.server.auth;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.repatria.server.error.HttpProblem;

/** Counts failed logins per key (a username, an address) in a sliding window and says when to refuse. */
final class Throttle {
    private static final int PURGE_ABOVE = 10_000;
    private final int limit;
    private final Duration window;
    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

    Throttle(int limit, Duration window) {
        this.limit = limit;
        this.window = window;
    }

    /** Whether {@code key} has used up its failures in the window ending at {@code now}. */
    boolean blocked(String key, Instant now) {
        Deque<Instant> d = failures.get(key);
        if (d == null) {
            return false;
        }
        synchronized (d) {
            prune(d, now);
            return d.size() >= limit;
        }
    }

    void fail(String key, Instant now) {
        if (failures.size() > PURGE_ABOVE) {
            // Failed attempts cost an Argon2id hash each, so the live keys stay few; drop the stale ones.
            failures.values().removeIf(old -> {
                synchronized (old) {
                    prune(old, now);
                    return old.isEmpty();
                }
            });
        }
        Deque<Instant> d = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (d) {
            prune(d, now);
            d.addLast(now);
        }
    }

    /** How long until the oldest failure of {@code key} leaves the window (zero when it is not blocked). */
    Duration retryAfter(String key, Instant now) {
        Deque<Instant> d = failures.get(key);
        if (d == null) {
            return Duration.ZERO;
        }
        synchronized (d) {
            prune(d, now);
            return d.isEmpty() ? Duration.ZERO : Duration.between(now, d.peekFirst().plus(window));
        }
    }

    /**
     * Refuses when {@code key} has used up its failures: 429 {@code code}, "too many {@code failures} for {@code who}",
     * naming the limit and when to try again (with Retry-After).
     */
    void check(String key, Instant now, String code, String failures, String who) {
        if (blocked(key, now)) {
            Duration wait = retryAfter(key, now);
            throw HttpProblem.tooMany(code, "too many " + failures + " for " + who + ": the limit is " + limit + " in "
                    + window.toMinutes() + " minutes; try again in " + minutes(wait), wait);
        }
    }

    /** A wait in whole minutes, rounded up: "1 minute", "12 minutes". */
    static String minutes(Duration wait) {
        long m = Math.max(1, (wait.toSeconds() + 59) / 60);
        return m + (m == 1 ? " minute" : " minutes");
    }

    void clear(String key) {
        failures.remove(key);
    }

    private void prune(Deque<Instant> d, Instant now) {
        Instant cutoff = now.minus(window);
        while (!d.isEmpty() && !d.peekFirst().isAfter(cutoff)) {
            d.removeFirst();
        }
    }
}
