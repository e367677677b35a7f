package org.repatria.server.auth;

import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import org.repatria.core.account.Account;
import org.repatria.server.access.Caller;
import org.repatria.store.party.Accounts;

/**
 * Recognizes the sender of a request, by bearer token (the CLI) or by session cookie (the desk),
 * and opens, renews and ends desk sessions.
 */
public final class Authenticator {
    /** The desk's session cookie. */
    public static final String SESSION_COOKIE = "repatria_session";
    private static final int MAX_SESSIONS = 50_000;
    private final Accounts accounts;
    private final Clock clock;
    private final Sessions sessions;
    private final boolean secureCookies;

    public Authenticator(Accounts accounts, Clock clock, Duration sessionIdle, boolean secureCookies) {
        this.accounts = accounts;
        this.clock = clock;
        this.sessions = new Sessions(sessionIdle, MAX_SESSIONS);
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
        Optional<Session> session = Optional.ofNullable(ctx.cookie(SESSION_COOKIE))
                .flatMap(id -> sessions.find(id, clock.instant()));
        Optional<Account> account = session.flatMap(Session::username).flatMap(accounts::find);
        Caller caller = account.<Caller>map(a -> new Caller.Member(a, Caller.Proof.SESSION)).orElseGet(Caller::anonymous);
        return new Identity(caller, session);
    }

    /** The request's session, or a new anonymous one (with its cookie set) for the login form. */
    public Session sessionFor(Context ctx, Identity identity) {
        return identity.session().orElseGet(() -> setCookie(ctx, sessions.open(clock.instant())));
    }

    /** Starts a signed-in session under a new id, ending the one the login form came from. */
    public Session signIn(Context ctx, Identity identity, Account account) {
        return setCookie(ctx, sessions.signIn(identity.session().map(Session::id), account.username(), clock.instant()));
    }

    /** Ends the session and clears its cookie. */
    public void signOut(Context ctx, Identity identity) {
        identity.session().ifPresent(s -> sessions.end(s.id()));
        ctx.cookie(cookie("", 0));
    }

    /** Whether {@code presented} is the session's CSRF token. */
    public static boolean csrfMatches(Session session, String presented) {
        return presented != null && Secrets.same(session.csrf(), presented);
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
