package org.repatria.server.desk;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.javalin.http.Context;

/** Renders the precompiled jte templates (generated into this package at build time) with typed views. */
final class Templates {
    private final TemplateEngine engine =
            TemplateEngine.createPrecompiled(null, ContentType.Html, Templates.class.getClassLoader(), "org.repatria.server.desk");

    void render(Context ctx, String template, Record view) {
        StringOutput out = new StringOutput();
        engine.render(template, view, out);
        ctx.html(out.toString());
    }
}
