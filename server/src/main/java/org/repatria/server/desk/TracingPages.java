package org.repatria.server.desk;

import static org.repatria.server.route.Method.GET;
import static org.repatria.server.route.Method.POST;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.List;
import java.util.Optional;
import org.repatria.core.account.Role;
import org.repatria.server.access.Rule;
import org.repatria.server.error.HttpProblem;
import org.repatria.server.route.AdmittedRequest;
import org.repatria.server.route.Route;
import org.repatria.server.tracing.ChildTracing;

/** A child's case's candidates on the desk: each with its score and reasons per particular; confirm or reject. */
final class TracingPages {
    private static final String PATH = "/desk/children/{id}/cases/{row}/candidates";
    private final ChildTracing tracing;
    private final PageFactory pages;
    private final Templates templates;

    TracingPages(ChildTracing tracing, PageFactory pages, Templates templates) {
        this.tracing = tracing;
        this.pages = pages;
        this.templates = templates;
    }

    List<Route> routes() {
        return List.of(
                Route.desk(GET, PATH, Rule.roles(Role.MEDIATOR, Role.PARTY_DESK), "A child's case's candidates under"
                        + " changed names, with reasons per particular; child workers and the mediator",
                        call -> show(call, Optional.empty())),
                Route.desk(POST, PATH, Rule.roles(Role.PARTY_DESK), "Confirm or reject a candidate; the requesting side's"
                        + " child workers", this::decide));
    }

    private void show(AdmittedRequest call, Optional<String> error) {
        Context ctx = call.ctx();
        ChildTracing.Tracing t = tracing.candidates(call.account(), ctx.pathParam("id"), ctx.pathParam("row"));
        Page page = pages.page(ctx, call.identity(), "tracing.title");
        templates.render(ctx, "child-candidates.jte", new TracingViews.Candidates(error.isPresent() ? page.refusing("invalid")
                : page, t, "/desk/children/" + t.childCase().list().id() + "/cases/" + t.childCase().child().rowId()
                + "/candidates", error));
    }

    private void decide(AdmittedRequest call) {
        Context ctx = call.ctx();
        try {
            tracing.decide(call.account(), ctx.pathParam("id"), ctx.pathParam("row"),
                    Optional.ofNullable(ctx.formParam("candidate")).orElse(""), ctx.formParam("decision"));
        } catch (HttpProblem e) {
            if (e.status() != 400 && e.status() != 404 && e.status() != 409) {
                throw e;
            }
            ctx.status(e.status());
            show(call, Optional.of(RefusalText.said(ctx, e)));
            return;
        }
        ctx.redirect(ctx.path(), HttpStatus.SEE_OTHER);
    }
}
