package org.repatria.server.error;

import io.javalin.http.Context;

/** Renders a refused request as a desk page (supplied by the desk, so this package needs no templates). */
@FunctionalInterface
public interface HtmlErrors {
    void render(Context ctx, HttpProblem problem);
}
