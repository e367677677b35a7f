package org.repatria.server.error;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.router.EndpointNotFound;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.repatria.store.StoreUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;

/**
 * Turns every failure into a response: {@code {"error","message"}} JSON under /api, a page elsewhere.
 * Client mistakes get their 4xx; anything else is a server fault, logged with its stack trace and
 * answered with a plain 500 that reveals nothing of it.
 */
public final class Errors {
    private static final Logger LOG = LoggerFactory.getLogger(Errors.class);
    private final HtmlErrors html;

    public Errors(HtmlErrors html) {
        this.html = html;
    }

    public void install(JavalinConfig config) {
        config.routes.exception(HttpProblem.class, (e, ctx) -> send(ctx, e));
        config.routes.exception(EndpointNotFound.class, (e, ctx) ->
                send(ctx, HttpProblem.notFound("nothing at " + ctx.method() + " " + ctx.path() + "; see /api/openapi.json")));
        config.routes.exception(HttpResponseException.class, (e, ctx) -> send(ctx, fromJavalin(e)));
        config.routes.exception(JacksonException.class, (e, ctx) -> send(ctx, JsonProblems.of(e)));
        config.routes.exception(StoreUnavailableException.class, (e, ctx) -> {
            // Not the request's fault nor a bug: the database is away or full. Nothing of the request was stored (issue 15).
            LOG.warn("the database could not take {} {}: {}", ctx.method(), ctx.path(), e.getMessage());
            boolean full = e.reason() == StoreUnavailableException.Reason.STORAGE_FULL;
            if (!full) {
                ctx.header("Retry-After", "5");
            }
            ctx.status(full ? 507 : 503);
            if (isApi(ctx.path())) {
                ctx.json(Map.of("error", full ? "storage_full" : "database_away", "message", e.getMessage()));
            } else {
                ctx.contentType("text/plain; charset=utf-8").result((full ? "The database's storage is full"
                        : "The database is not reachable just now") + "; nothing was stored. " + (full
                        ? "Ask the operator to free disk space." : "Try again in a few seconds."));
            }
        });
        config.routes.exception(Exception.class, (e, ctx) -> {
            Optional<HttpProblem> badBody = BodyFaults.of(e);
            if (badBody.isPresent()) {
                send(ctx, badBody.get());
                return;
            }
            LOG.error("server fault on {} {}", ctx.method(), ctx.path(), e);
            ctx.status(500);
            if (isApi(ctx.path())) {
                ctx.json(Map.of("error", "internal", "message", "the server failed; the fault is logged, please report it"));
            } else {
                ctx.contentType("text/plain; charset=utf-8").result("The server failed; the fault is logged.");
            }
        });
    }

    private void send(Context ctx, HttpProblem p) {
        ctx.status(p.status());
        if (p.status() == 429) {
            long seconds = p.retryAfter().map(d -> Math.max(1, d.toSeconds() + (d.toNanosPart() > 0 ? 1 : 0))).orElse(900L);
            ctx.header("Retry-After", Long.toString(seconds));
        }
        if (isApi(ctx.path())) {
            Map<String, String> body = new LinkedHashMap<>();
            body.put("error", p.code());
            body.put("message", p.getMessage());
            p.field().ifPresent(f -> body.put("field", f));
            ctx.json(body);
        } else {
            html.render(ctx, p);
        }
    }

    /** Whether a path belongs to the JSON API (and so gets JSON errors). */
    static boolean isApi(String path) {
        return path.equals("/api") || path.startsWith("/api/");
    }

    private static HttpProblem fromJavalin(HttpResponseException e) {
        int status = e.getStatus() >= 400 && e.getStatus() < 500 ? e.getStatus() : 400;
        String code = switch (status) {
            case 404 -> "not_found";
            case 405 -> "method_not_allowed";
            case 413 -> "too_large";
            case 411 -> "length_required";
            default -> "bad_request";
        };
        String message = Optional.ofNullable(e.getMessage()).filter(m -> !m.isBlank())
                .orElse("request refused").toLowerCase(Locale.ROOT);
        return new HttpProblem(status, code, message, Optional.empty());
    }
}
