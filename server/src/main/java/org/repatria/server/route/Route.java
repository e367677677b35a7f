package org.repatria.server.route;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.repatria.server.access.Rule;

/**
 * One row of the route table: method, path, who may call it, what it is for, and what it does.
 * The server registers exactly these rows and documents the API ones in OpenAPI, so neither
 * the registration nor the document can lose a route's rule.
 *
 * @param path  Javalin path syntax, path parameters in braces: {@code /api/v1/lists/{id}}
 * @param query the documented query parameters
 * @param body  the JSON request body, if it takes one
 * @param reply the JSON it answers with on success, if any
 */
public record Route(Method method, String path, Rule rule, String summary, Channel channel,
                    List<Param> query, Optional<Body> body, Optional<Body> reply, Action action) {
    public Route {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(rule, () -> "route " + path + " needs an authorization rule");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(action, "action");
        if (path == null || !path.startsWith("/")) {
            throw new IllegalArgumentException("a route path starts with '/': " + path);
        }
        if (summary == null || summary.isBlank()) {
            throw new IllegalArgumentException("route " + method + " " + path + " needs a summary");
        }
        if ((channel == Channel.API) != path.startsWith("/api/")) {
            throw new IllegalArgumentException("API routes live under /api/ and only they do: " + path);
        }
        query = List.copyOf(query);
    }

    /** A JSON route. */
    public static Route api(Method method, String path, Rule rule, String summary, Action action) {
        return new Route(method, path, rule, summary, Channel.API, List.of(), Optional.empty(), Optional.empty(), action);
    }

    /** A desk page or asset. */
    public static Route desk(Method method, String path, Rule rule, String summary, Action action) {
        return new Route(method, path, rule, summary, Channel.DESK, List.of(), Optional.empty(), Optional.empty(), action);
    }

    public Route withQuery(Param... params) {
        return new Route(method, path, rule, summary, channel, List.of(params), body, reply, action);
    }

    /** Takes one JSON object of this record type. */
    public Route withBody(Class<? extends Record> type) {
        return new Route(method, path, rule, summary, channel, query, Optional.of(new Body(type, false)), reply, action);
    }

    /** Answers with one JSON object of this record type. */
    public Route withReply(Class<? extends Record> type) {
        return new Route(method, path, rule, summary, channel, query, body, Optional.of(new Body(type, false)), action);
    }

    /** Answers with a JSON array of objects of this record type. */
    public Route withReplies(Class<? extends Record> type) {
        return new Route(method, path, rule, summary, channel, query, body, Optional.of(new Body(type, true)), action);
    }

    /** "GET /api/v1/me": how tests and logs name a route. */
    public String key() {
        return method + " " + path;
    }
}
