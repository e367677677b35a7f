package org.repatria.server.body;

import io.javalin.config.JavalinConfig;
import io.javalin.config.SizeUnit;
import io.javalin.http.Context;
import java.util.Locale;
import java.util.Optional;
import org.repatria.server.error.HttpProblem;
import org.repatria.server.upload.ListUploads;

/**
 * The size of every request body, checked before a route reads it: a 413 naming the limit. Anonymous callers only
 * ever send a sign-in form or a token request, so their limit is small; a signed-in caller's form or JSON may be
 * larger, and only a body that carries a file (multipart, or a CSV/XLSX posted as is) may reach the list file limit.
 */
public final class BodyLimits {
    /** The largest body an anonymous caller may send (the login form, a token request): 64 KiB. */
    public static final long ANONYMOUS_BYTES = 64L * 1024;
    /** The largest form ({@code application/x-www-form-urlencoded}) a signed-in caller may send: 1 MiB. */
    public static final long FORM_BYTES = 1024L * 1024;
    /** The largest JSON body a signed-in caller may send (a list of some thousands of rows): 16 MiB. */
    public static final long JSON_BYTES = 16L * 1024 * 1024;
    /** The largest body that carries a file: a list file ({@link ListUploads#MAX_BYTES}) and 1 MiB of form around it. */
    public static final long FILE_BYTES = ListUploads.MAX_BYTES + 1024L * 1024;

    private BodyLimits() {
    }

    /** Tells Javalin and Jetty the largest body any route takes, so nothing bigger is ever buffered. */
    public static void configure(JavalinConfig config) {
        config.http.maxRequestSize = FILE_BYTES;
        config.jetty.multipartConfig.maxTotalRequestSize(FILE_BYTES, SizeUnit.BYTES);
        config.jetty.multipartConfig.maxFileSize(FILE_BYTES, SizeUnit.BYTES);
    }

    /**
     * Admits the request's body, or refuses it: 413 over its limit, 411 for an anonymous body of unknown length, 400 for
     * a form or multipart body that cannot be read (which is read here, once, so no route meets the failure later).
     */
    public static void admit(Context ctx, boolean signedIn) {
        String type = Optional.ofNullable(ctx.contentType()).orElse("").toLowerCase(Locale.ROOT);
        long length = ctx.contentLength();
        boolean hasBody = length > 0 || ctx.header("Transfer-Encoding") != null;
        if (!hasBody) {
            return;
        }
        Kind kind = Kind.of(type);
        long limit = signedIn ? kind.limit : Math.min(ANONYMOUS_BYTES, kind.limit);
        String who = signedIn ? kind.what : "a request without signing in";
        if (length > limit) {
            throw HttpProblem.tooLarge(String.format(Locale.ROOT, "the body of %s is %,d bytes", who, length), limit);
        }
        if (length < 0) {
            if (!signedIn) {
                throw new HttpProblem(411, "length_required", "send the body with a Content-Length header (at most "
                        + String.format(Locale.ROOT, "%,d bytes", limit) + ")", Optional.empty());
            }
            if (kind != Kind.MULTIPART && ctx.bodyAsBytes().length > limit) {
                throw HttpProblem.tooLarge(String.format(Locale.ROOT, "the body of %s is %,d bytes", who, ctx.bodyAsBytes().length), limit);
            }
        }
        Forms.read(ctx, kind == Kind.MULTIPART, kind == Kind.FORM);
    }

    /** What a body carries, by its Content-Type, and so its limit for a signed-in caller. */
    private enum Kind {
        FORM(FORM_BYTES, "a form"),
        JSON(JSON_BYTES, "a JSON request"),
        MULTIPART(FILE_BYTES, "a form with files"),
        FILE(FILE_BYTES, "a file");

        private final long limit;
        private final String what;

        Kind(long limit, String what) {
            this.limit = limit;
            this.what = what;
        }

        static Kind of(String type) {
            if (type.startsWith("application/x-www-form-urlencoded")) {
                return FORM;
            }
            if (type.startsWith("multipart/")) {
                return MULTIPART;
            }
            return type.startsWith("application/json") ? JSON : FILE;
        }
    }
}
