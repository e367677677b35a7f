package org.repatria.server.auth;

import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.repatria.core.account.Account;
import org.repatria.server.access.Caller;
import org.repatria.store.account.Standing;
import org.repatria.store.party.Accounts;

/**
 * Recognizes the sender of a request, by bearer token (the CLI) or by session cookie (the desk),
 * and opens, renews and ends desk sessions. Only signing in stores a session; an anonymous visitor's login form is
 * protected by a token derived from a random cookie (decision record 0162), so a crowd of visitors stores nothing.
 */
public final class Authenticator {
    /** The desk's session cookie. */
    public static final String SESSION_COOKIE = "repatria_session";
    /** Open desk sessions one account may hold at once. */
    public static final int SESSIONS_PER_ACCOUNT = Sessions.PER_ACCOUNT;
    /** Open desk sessions one client address may hold at once. */
    public static final int SESSIONS_PER_ADDRESS = Sessions.PER_ADDRESS;
    private final Accounts accounts;
    private final Clock clock;
    private final Sessions sessions;
    private final boolean secureCookies;
    private final LoginForms loginForms = new LoginForms();

    public Authenticator(Accounts accounts, Clock clock, Duration sessionIdle, boolean secureCookies) {
        this.accounts = accounts;
        this.clock = clock;
        this.sessions = new Sessions(sessionIdle);
        this.secureCookies = secureCookies;
    }

    /** The caller: a bearer token wins over a cookie; a wrong or expired one makes the request anonymous. */
    public Identity identify(Context ctx) {
        Optional<String> bearer = bearerToken(ctx);
        if (bearer.isPresent()) {
            return accounts.findByToken(Secrets.sha256Hex(bearer.get()), clock.instant())
                    .map(a -> new Identity(new Caller.Member(a, Caller.Proof.BEARER), Optional.empty()))
                    .orElseGet(Identity::anonymous);
        }
        Instant now = clock.instant();
        Optional<String> cookie = Optional.ofNullable(ctx.cookie(SESSION_COOKIE)).filter(LoginForms::wellFormed);
        Optional<Session> session = cookie.flatMap(id -> sessions.find(id, now));
        Optional<Account> account = session.flatMap(this::current);
        if (account.isPresent()) {
            return new Identity(new Caller.Member(account.get(), Caller.Proof.SESSION), session);
        }
        session.ifPresent(over -> sessions.end(over.id())); // disabled, enabled again or password changed since (0182)
        // Anonymous: the cookie is only a nonce for the login form's token; nothing is looked up or stored for it.
        return new Identity(Caller.anonymous(), cookie.map(nonce -> anonymous(nonce, now)));
    }

    /** The request's session, or (for the login form) an anonymous one under a new nonce cookie, stored nowhere. */
    public Session sessionFor(Context ctx, Identity identity) {
        return identity.session().orElseGet(() -> setCookie(ctx, anonymous(Secrets.fresh(), clock.instant())));
    }

    /**
     * Starts a signed-in session under a new id, ending the one the login form came from.
     *
     * @throws org.repatria.server.error.HttpProblem 429 when the account or the address holds as many open sessions as
     *                                               it may ({@link #SESSIONS_PER_ACCOUNT}, {@link #SESSIONS_PER_ADDRESS})
     */
    public Session signIn(Context ctx, Identity identity, Account account) {
        long epoch = accounts.standing(account.username()).map(Standing::epoch).orElse(0L);
        return setCookie(ctx, sessions.signIn(identity.session().map(Session::id), account.username(), ctx.ip(),
                clock.instant(), epoch));
    }

    /** Ends every open desk session of the account at once (it was disabled, or its password changed: 0182). */
    public void endSessions(String username) {
        sessions.endAll(username);
    }

    /** The session's account while it is enabled and its credentials unchanged since the session began. */
    private Optional<Account> current(Session session) {
        return session.username().flatMap(accounts::standing)
                .filter(s -> s.active() && s.epoch() == session.epoch()).map(Standing::account);
    }

    /** Whether {@code presented} is the session's CSRF token: its own, or for the login form one this server made for its nonce. */
    public boolean csrfMatches(Session session, String presented) {
        if (presented == null) {
            return false;
        }
        return session.username().isPresent() ? Secrets.same(session.csrf(), presented)
                : loginForms.valid(session.id(), presented, clock.instant());
    }

    private Session anonymous(String nonce, Instant now) {
        return new Session(nonce, loginForms.token(nonce, now), Optional.empty(), now, "");
    }

    /** Ends the session and clears its cookie. */
    public void signOut(Context ctx, Identity identity) {
        identity.session().ifPresent(s -> sessions.end(s.id()));
        ctx.cookie(cookie("", 0));
    }

    /** The raw bearer token of the request, when it has an {@code Authorization: Bearer} header. */
    public static Optional<String> bearerToken(Context ctx) {
        String header = ctx.header("Authorization");
        if (header == null || !header.toLowerCase(Locale.ROOT).startsWith("bearer ")) {
            return Optional.empty();
        }
        String token = header.substring(7).strip();
        return token.isEmpty() ? Optional.empty() : Optional.of(token);
    }

    private Session setCookie(Context ctx, Session s) {
        ctx.cookie(cookie(s.id(), -1));
        return s;
    }

    private Cookie cookie(String value, int maxAge) {
        return new Cookie(SESSION_COOKIE, value, "/", maxAge, secureCookies, true, "", SameSite.STRICT);
    }
}
