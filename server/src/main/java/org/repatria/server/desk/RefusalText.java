package org.repatria.server.desk;

import io.javalin.http.Context;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;
import org.repatria.server.error.HttpProblem;

/**
 * A refusal in the reader's language: the sentence kept for its code ({@code refusal.<code>}), the field at fault,
 * and the API's own message for it (which names the ids and parties the sentence cannot), so the desk says what the
 * API says. A code without words of its own falls back to the status's sentence (a 409's: the state forbids the step).
 */
record RefusalText(String sentence, Optional<String> field, String apiWords) {

    static RefusalText of(Text t, HttpProblem refused) {
        String sentence = t.find("refusal." + refused.code())
                .or(() -> t.find("error." + refused.status()))
                .or(() -> t.find(refused.status() == 409 ? "refusal.conflict" : "error.other"))
                .orElse(refused.getMessage());
        return new RefusalText(sentence, refused.field().filter(f -> !f.isBlank()), refused.getMessage());
    }

    /** The refusal in the language of the request it answers (its cookie, {@code ?lang=} or browser). */
    static RefusalText of(Context ctx, HttpProblem refused) {
        return of(new Text(Language.of(ctx, "https".equals(ctx.scheme()))), refused);
    }

    /** The refusal as one line (see {@link #line(Text)}) in the language of the request it answers. */
    static String said(Context ctx, HttpProblem refused) {
        Text t = new Text(Language.of(ctx, "https".equals(ctx.scheme())));
        return of(t, refused).line(t);
    }

    /**
     * One line for a form that shows the refusal in place: the sentence, the field, and the API's words, which name the
     * row, id or party the sentence cannot.
     */
    String line(Text t) {
        StringBuilder out = new StringBuilder(sentence);
        field.ifPresent(f -> out.append(' ').append(t.format("refusal.field", f)).append('.'));
        if (!apiWords.equals(sentence)) {
            out.append(' ').append(t.format("refusal.words", apiWords));
        }
        return out.toString();
    }

    /**
     * Where the refused form was: the Referer's path and query when it is a desk page of this site, so the error
     * page links back to what the reader typed (the browser keeps it), never to another site.
     */
    static Optional<String> back(Context ctx) {
        String referer = ctx.header("Referer");
        if (referer == null || referer.isBlank()) {
            return Optional.empty();
        }
        try {
            URI uri = new URI(referer.strip());
            boolean sameSite = uri.getHost() == null || uri.getHost().equalsIgnoreCase(host(ctx));
            String path = Optional.ofNullable(uri.getRawPath()).orElse("");
            if (!sameSite || !(path.equals("/desk") || path.startsWith("/desk/")) || path.startsWith("//")) {
                return Optional.empty();
            }
            return Optional.of(path + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()));
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    private static String host(Context ctx) {
        String host = Optional.ofNullable(ctx.header("Host")).orElse("");
        int colon = host.lastIndexOf(':');
        return colon > 0 && !host.endsWith("]") ? host.substring(0, colon) : host;
    }
}
