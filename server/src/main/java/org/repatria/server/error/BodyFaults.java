package org.repatria.server.error;

import java.io.EOFException;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.jetty.http.BadMessageException;
import org.eclipse.jetty.http.HttpException;
import org.eclipse.jetty.io.EofException;

/**
 * A request body Jetty could not read (a malformed or truncated multipart body, a bad form encoding, a client that
 * stopped sending) as the 4xx it is, naming what is wrong, instead of a server fault.
 */
public final class BodyFaults {
    private static final int MAX_DETAIL = 120;

    private BodyFaults() {
    }

    /** The client's mistake this failure shows, when it is one; empty for a fault of the server. */
    public static Optional<HttpProblem> of(Throwable failure) {
        boolean bodyFault = false;
        Throwable innermost = failure;
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            bodyFault |= t instanceof BadMessageException || t instanceof HttpException || t instanceof EofException
                    || t instanceof EOFException;
            innermost = t;
        }
        if (!bodyFault) {
            return Optional.empty();
        }
        String detail = Optional.ofNullable(innermost.getMessage()).orElse("").toLowerCase(Locale.ROOT);
        if (detail.contains("maxrequestsize") || detail.contains("max file size") || detail.contains("too large")) {
            return Optional.of(new HttpProblem(413, "too_large", "the body is larger than the server takes", Optional.empty()));
        }
        return Optional.of(HttpProblem.malformed(sentence(detail, innermost)));
    }

    /** A problem for a multipart body whose failure says nothing more precise. */
    public static HttpProblem multipart(Throwable failure) {
        return of(failure).orElseGet(() -> HttpProblem.malformed("the multipart/form-data body could not be read"
                + said(Optional.ofNullable(failure.getMessage()).orElse(""))));
    }

    private static String sentence(String detail, Throwable innermost) {
        if (detail.contains("boundary")) {
            return "the multipart/form-data body has no boundary: send 'Content-Type: multipart/form-data; boundary=...'";
        }
        if (innermost instanceof EOFException || innermost instanceof EofException || detail.contains("eof")) {
            return "the request body ends early (empty or truncated: a multipart body must end with its closing boundary)"
                    + said(detail);
        }
        if (detail.contains("invalid byte") || detail.contains("illegal character")) {
            return "a part's headers hold a byte that is not allowed (a NUL or control character, e.g. in a file name)"
                    + said(detail);
        }
        return "the request body could not be read" + said(detail);
    }

    /** The parser's own words, cleaned of anything but plain characters and cut short. */
    private static String said(String detail) {
        String clean = detail.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9 .,:'()/_-]", " ").strip();
        clean = clean.length() > MAX_DETAIL ? clean.substring(0, MAX_DETAIL) : clean;
        return clean.isEmpty() ? "" : " (" + clean + ")";
    }
}
