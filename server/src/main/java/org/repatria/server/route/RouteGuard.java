package org.repatria.server.route;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpStatus;
import java.util.Locale;
import java.util.Optional;
import org.repatria.server.access.Caller;
import org.repatria.server.auth.Authenticator;
import org.repatria.server.auth.Identity;
import org.repatria.server.auth.Session;
import org.repatria.server.body.BodyLimits;
import org.repatria.server.error.HttpProblem;

/**
 * Registers the route table with Javalin, wrapping every action in the same checks, in order:
 * who is calling, does the route's rule admit them, and, for a state-changing request that rides
 * on a session cookie, does it carry the session's CSRF token. Between the rule and the token, the body is admitted
 * ({@link BodyLimits}): within its size limit, and a form or multipart body readable.
 */
public final class RouteGuard {
    /** The header a cookie-authenticated API request uses to echo the CSRF token. */
    public static final String CSRF_HEADER = "X-CSRF-Token";
    /** The form field desk forms use for the CSRF token. */
    public static final String CSRF_FIELD = "_csrf";
    private final Authenticator authenticator;

    public RouteGuard(Authenticator authenticator) {
        this.authenticator = authenticator;
    }

    public void install(JavalinConfig config, RouteTable table) {
        for (Route route : table.routes()) {
            config.routes.addHttpHandler(HandlerType.findOrCreate(route.method().name()), route.path(), ctx -> pass(route, ctx));
        }
    }

    private void pass(Route route, Context ctx) throws Exception {
        Identity identity = authenticator.identify(ctx);
        Caller caller = identity.caller();
        if (!route.rule().admits(caller)) {
            refuse(route, ctx, caller);
            return;
        }
        BodyLimits.admit(ctx, caller instanceof Caller.Member);
        if (route.method().unsafe() && needsCsrf(route, caller) && !csrfPresented(ctx, identity.session())) {
            throw new HttpProblem(403, "csrf", "this request lacks the page's security token; reload the page and try again",
                    Optional.empty());
        }
        route.action().handle(new AdmittedRequest(ctx, identity));
    }

    private static void refuse(Route route, Context ctx, Caller caller) {
        if (caller instanceof Caller.Anonymous) {
            if (route.channel() == Channel.DESK && route.method() == Method.GET) {
                ctx.redirect("/login", HttpStatus.SEE_OTHER);
                return;
            }
            throw HttpProblem.unauthenticated("sign in first: send 'Authorization: Bearer <token>' from POST /api/v1/auth/token");
        }
        throw HttpProblem.forbidden("only " + route.rule().describe() + " may " + route.method().name().toLowerCase(Locale.ROOT)
                + " " + route.path());
    }

    private static boolean needsCsrf(Route route, Caller caller) {
        boolean bySession = caller instanceof Caller.Member m && m.proof() == Caller.Proof.SESSION;
        return bySession || route.channel() == Channel.DESK;
    }

    private boolean csrfPresented(Context ctx, Optional<Session> session) {
        if (session.isEmpty()) {
            return false;
        }
        String presented = ctx.header(CSRF_HEADER);
        String type = Optional.ofNullable(ctx.contentType()).orElse("");
        if ((presented == null || presented.isBlank())
                && (type.startsWith("application/x-www-form-urlencoded") || type.startsWith("multipart/form-data"))) {
            presented = ctx.formParam(CSRF_FIELD);
        }
        return authenticator.csrfMatches(session.get(), presented);
    }
}
