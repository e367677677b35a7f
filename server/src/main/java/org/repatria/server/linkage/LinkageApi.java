package org.repatria.server.linkage;

import static org.repatria.server.route.Method.GET;
import static org.repatria.server.route.Method.POST;

import java.util.List;
import org.repatria.core.account.Role;
import org.repatria.server.access.Rule;
import org.repatria.server.api.ApiJson;
import org.repatria.server.route.AdmittedRequest;
import org.repatria.server.route.Param;
import org.repatria.server.route.Route;
import org.repatria.store.link.MatchRun;

/** The match runs' JSON routes (mediator and party desks; a run is seen by its party and the mediator). */
public final class LinkageApi {
    private static final String RUNS = "/api/v1/matches";
    private final Linkages linkages;

    public LinkageApi(Linkages linkages) {
        this.linkages = linkages;
    }

    public List<Route> routes() {
        Rule desks = Rule.roles(Role.MEDIATOR, Role.PARTY_DESK);
        return List.of(
                Route.api(GET, RUNS, desks, "The match runs the caller may see, newest first",
                        call -> call.ctx().json(linkages.runs(call.account()).stream().map(linkages::reply).toList())).withReplies(RunReply.class),
                Route.api(POST, RUNS, desks, "Match two lists the caller may read, in the background (202)",
                        this::start).withBody(RunRequest.class).withReply(RunReply.class),
                Route.api(GET, RUNS + "/{id}", desks, "A match run: state and progress",
                        call -> call.ctx().json(linkages.reply(linkages.require(call.account(), call.ctx().pathParam("id")))))
                        .withReply(RunReply.class),
                Route.api(GET, RUNS + "/{id}/links", desks,
                        "The run's pairs with each field's contribution; status=confirmed gives the links agreements may use",
                        call -> call.ctx().json(linkages.links(call.account(), call.ctx().pathParam("id"),
                                call.ctx().queryParam("status"))))
                        .withQuery(new Param("status", "string", "all (default), pending, review, confirmed or rejected"))
                        .withReplies(LinkReply.class),
                Route.api(POST, RUNS + "/{id}/links/{index}/verdict", desks, "Confirm or reject a pending pair; recorded once",
                        call -> call.ctx().json(linkages.decide(call.account(), call.ctx().pathParam("id"),
                                call.ctx().pathParam("index"), ApiJson.read(call.ctx(), VerdictRequest.class))))
                        .withBody(VerdictRequest.class).withReply(LinkReply.class));
    }

    private void start(AdmittedRequest call) {
        MatchRun run = linkages.start(call.account(), ApiJson.read(call.ctx(), RunRequest.class));
        call.ctx().status(202).header("Location", RUNS + "/" + run.id()).json(linkages.reply(run));
    }
}
