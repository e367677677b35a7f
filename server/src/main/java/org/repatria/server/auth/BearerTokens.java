package org.repatria.server.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.repatria.core.account.Account;
import org.repatria.store.party.Accounts;

/** Bearer tokens for the command line: random, returned once, stored only as SHA-256, with an expiry. */
public final class BearerTokens {
    private final Accounts accounts;
    private final Clock clock;
    private final Duration lifetime;

    public BearerTokens(Accounts accounts, Clock clock, Duration lifetime) {
        this.accounts = accounts;
        this.clock = clock;
        this.lifetime = lifetime;
    }

    /** A token issued to an account: {@code token} is shown to the client once and never stored. */
    public record Issued(String token, Instant expiresAt) {
    }

    public Issued issue(Account account) {
        String token = Secrets.fresh();
        Instant expires = clock.instant().plus(lifetime);
        accounts.addToken(Secrets.sha256Hex(token), account.username(), expires);
        return new Issued(token, expires);
    }

    public void revoke(String token) {
        accounts.revokeToken(Secrets.sha256Hex(token));
    }
}
