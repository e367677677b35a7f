package org.repatria.server.error;

import java.util.Locale;
import java.time.Duration;
import java.util.Optional;

/**
 * A request the server refuses, with the status, a stable machine code and a message for a person.
 * Thrown anywhere while handling a request; rendered as JSON under /api and as a page on the desk.
 */
public final class HttpProblem extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int status;
    private final String code;
    private final transient Optional<String> field;
    private final transient Optional<Duration> retryAfter;

    public HttpProblem(int status, String code, String message, Optional<String> field) {
        this(status, code, message, field, Optional.empty());
    }

    private HttpProblem(int status, String code, String message, Optional<String> field, Optional<Duration> retryAfter) {
        super(message);
        if (status < 400 || status > 499) {
            throw new IllegalArgumentException("a problem the client can fix has a 4xx status, not " + status);
        }
        this.status = status;
        this.code = code;
        this.field = field;
        this.retryAfter = retryAfter;
    }

    /** 429: a rate or count limit is reached; the message names it, and the reply's Retry-After says when to try again. */
    public static HttpProblem tooMany(String code, String message, Duration retryAfter) {
        return new HttpProblem(429, code, message, Optional.empty(), Optional.of(retryAfter));
    }

    /** 413: the request body is larger than {@code limit} bytes; the message names the limit. */
    public static HttpProblem tooLarge(String what, long limit) {
        return new HttpProblem(413, "too_large", String.format(Locale.ROOT, "%s; the limit is %,d bytes", what, limit), Optional.empty());
    }

    /** 400: the named field (a JSON path such as {@code rows[3].birth_date}, or a parameter) is wrong. */
    public static HttpProblem invalid(String field, String message) {
        return new HttpProblem(400, "invalid", field + ": " + message, Optional.of(field));
    }

    /** 400 without a single field to blame (e.g. the body is not JSON). */
    public static HttpProblem malformed(String message) {
        return new HttpProblem(400, "malformed", message, Optional.empty());
    }

    public static HttpProblem unauthenticated(String message) {
        return new HttpProblem(401, "unauthenticated", message, Optional.empty());
    }

    public static HttpProblem forbidden(String message) {
        return new HttpProblem(403, "forbidden", message, Optional.empty());
    }

    public static HttpProblem notFound(String message) {
        return new HttpProblem(404, "not_found", message, Optional.empty());
    }

    /**
     * 409 with the generic code {@code conflict}: the request is well formed but the state it acts on forbids it now;
     * the message says why. Prefer {@link #conflict(String, String)}, whose code the desk says in the reader's language.
     */
    public static HttpProblem conflict(String message) {
        return new HttpProblem(409, "conflict", message, Optional.empty());
    }

    /**
     * 409 with a code saying which state forbids the step ({@code not_relayed}, {@code signed_already}...), so the desk
     * can say it in the reader's language and a program can tell refusals apart.
     */
    public static HttpProblem conflict(String code, String message) {
        return new HttpProblem(409, code, message, Optional.empty());
    }

    /** 422: the request is understood but names something the server cannot accept (a key, a plan); {@code code} says what. */
    public static HttpProblem unprocessable(String code, String message) {
        return new HttpProblem(422, code, message, Optional.empty());
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    /** How long the client should wait before trying again (a 429's Retry-After), when the server knows. */
    public Optional<Duration> retryAfter() {
        return retryAfter;
    }

    /** The field or parameter at fault, when there is one. */
    public Optional<String> field() {
        return field;
    }
}
