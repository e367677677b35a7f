package org.repatria.server.tracing;

import static org.repatria.server.route.Method.GET;
import static org.repatria.server.route.Method.POST;

import java.util.List;
import org.repatria.core.account.Role;
import org.repatria.server.access.Rule;
import org.repatria.server.api.ApiJson;
import org.repatria.server.route.AdmittedRequest;
import org.repatria.server.route.Route;

/** The JSON routes of tracing children under changed names: a case's candidates, and a reviewer's decision. */
public final class TracingApi {
    private static final String CANDIDATES = "/api/v1/children/{id}/cases/{row}/candidates";
    private final ChildTracing tracing;

    /** The routes over {@code tracing}. */
    public TracingApi(ChildTracing tracing) {
        this.tracing = tracing;
    }

    /** Every route, each with its authorization rule. */
    public List<Route> routes() {
        return List.of(
                Route.api(GET, CANDIDATES, Rule.roles(Role.MEDIATOR, Role.PARTY_DESK), "The child search's candidates"
                                + " for the case of row {row} of list {id}: answers and children's rows of the lists the"
                                + " caller may read, best first, each with a score in [0, 1], whether it is proposed, and"
                                + " the reasons per particular; rejected ones left out; child workers and the mediator,"
                                + " each read recorded", this::candidates)
                        .withReply(TracingMessages.TracingReply.class),
                Route.api(POST, CANDIDATES, Rule.roles(Role.PARTY_DESK), "Confirm (links the case) or reject (never put"
                                + " forward again) one of the case's candidates; the requesting side's child workers only",
                        this::decide)
                        .withBody(TracingMessages.DecisionRequest.class).withReply(TracingMessages.TracingReply.class));
    }

    private void candidates(AdmittedRequest call) {
        call.ctx().json(TracingMessages.TracingReply.of(tracing.candidates(call.account(), call.ctx().pathParam("id"),
                call.ctx().pathParam("row"))));
    }

    private void decide(AdmittedRequest call) {
        TracingMessages.DecisionRequest body = ApiJson.read(call.ctx(), TracingMessages.DecisionRequest.class);
        call.ctx().json(TracingMessages.TracingReply.of(tracing.decide(call.account(), call.ctx().pathParam("id"),
                call.ctx().pathParam("row"), body.candidate() == null ? "" : body.candidate(), body.decision())));
    }
}
