package org.repatria.server.auth;

import java.util.Locale;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.repatria.core.account.Account;
import org.repatria.server.error.HttpProblem;
import org.repatria.store.party.Accounts;

/**
 * Checks a username and password. An unknown user costs the same Argon2id work as a wrong password,
 * and both give the same empty answer, so neither the reply nor its timing says which was wrong.
 */
public final class Credentials {
    /** Failed sign-ins one username may have in {@link #WINDOW} before every attempt for it is refused. */
    static final int FAILURES_PER_USER = 5;
    /** Failed sign-ins one client address may have in {@link #WINDOW}, all usernames together, before it is refused. */
    static final int FAILURES_PER_ADDRESS = 30;
    /** The longest username the server will look up; a longer one is refused before any work. */
    static final int MAX_USERNAME = 100;
    /** The sliding window the failures are counted in. */
    static final Duration WINDOW = Duration.ofMinutes(15);
    private final Accounts accounts;
    private final Clock clock;
    private final String dummyHash = Passwords.hash("not-a-password".toCharArray());
    private final Throttle perUser = new Throttle(FAILURES_PER_USER, WINDOW);
    private final Throttle perAddress = new Throttle(FAILURES_PER_ADDRESS, WINDOW);

    public Credentials(Accounts accounts, Clock clock) {
        this.accounts = accounts;
        this.clock = clock;
    }

    /**
     * The account when the password is right; empty otherwise.
     *
     * @throws HttpProblem 429 when too many recent attempts failed for this user or address
     */
    public Optional<Account> check(String username, char[] password, String address) {
        if (username.length() > MAX_USERNAME) {
            throw HttpProblem.invalid("username", String.format(Locale.ROOT, "%,d characters, the limit is %d", username.length(), MAX_USERNAME));
        }
        Instant now = clock.instant();
        String user = "user:" + username;
        String from = "address:" + address;
        if (perUser.blocked(user, now)) {
            throw throttled("username " + username, perUser, user, now);
        }
        if (perAddress.blocked(from, now)) {
            throw throttled("address " + address, perAddress, from, now);
        }
        Optional<String> stored = accounts.passwordHash(username);
        boolean ok = Passwords.verify(password, stored.orElse(dummyHash)) && stored.isPresent();
        Optional<Account> account = ok ? accounts.find(username) : Optional.empty();
        if (account.isEmpty()) {
            perUser.fail(user, now);
            perAddress.fail(from, now);
        } else {
            perUser.clear(user);
        }
        return account;
    }

    private static HttpProblem throttled(String who, Throttle throttle, String key, Instant now) {
        Duration wait = throttle.retryAfter(key, now);
        return HttpProblem.tooMany("throttled", "too many failed sign-ins for " + who + ": the limit is " + throttle.limit()
                + " in " + throttle.window().toMinutes() + " minutes; try again in " + Throttle.minutes(wait), wait);
    }
}
