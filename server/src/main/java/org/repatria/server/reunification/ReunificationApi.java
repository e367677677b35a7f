package org.repatria.server.reunification;

import static org.repatria.server.route.Method.GET;
import static org.repatria.server.route.Method.POST;

import java.util.List;
import org.repatria.core.account.Role;
import org.repatria.server.access.Rule;
import org.repatria.server.api.ApiJson;
import org.repatria.server.reunification.ReunificationMessages.GuardianCheckReply;
import org.repatria.server.reunification.ReunificationMessages.GuardianCheckRequest;
import org.repatria.server.reunification.ReunificationMessages.ReunificationReply;
import org.repatria.server.reunification.ReunificationMessages.ReunificationRequest;
import org.repatria.server.route.AdmittedRequest;
import org.repatria.server.route.Route;

/** The children's return rows of the route table: guardian checks at the handover and reunification records. */
public final class ReunificationApi {
    private static final String ONE = "/api/v1/agreements/{id}";
    private static final String TRANCHE = ONE + "/tranches/{number}";
    private final ChildReturns returns;

    /** The routes of {@code returns}. */
    public ReunificationApi(ChildReturns returns) {
        this.returns = returns;
    }

    /** Every route with its rule; within an agreement, the receiving side and the mediator are told apart inside. */
    public List<Route> routes() {
        Rule desks = Rule.roles(Role.MEDIATOR, Role.PARTY_DESK);
        Rule mediator = Rule.roles(Role.MEDIATOR);
        return List.of(
                Route.api(POST, TRANCHE + "/guardian-checks", desks, "Record the check of the guardian who takes a child"
                        + " handed over in the tranche (identity, legal standing with its proof) and who accompanied the child;"
                        + " the receiving side or the mediator's delegate, once per child", call -> call.ctx().status(201)
                        .json(returns.checkGuardian(call.account(), id(call), number(call),
                                ApiJson.read(call.ctx(), GuardianCheckRequest.class))))
                        .withBody(GuardianCheckRequest.class).withReply(GuardianCheckReply.class),
                Route.api(GET, ONE + "/guardian-checks", desks, "The guardian checks of a children's return",
                        call -> call.ctx().json(returns.guardianChecks(call.account(), id(call))))
                        .withReplies(GuardianCheckReply.class),
                Route.api(POST, TRANCHE + "/reunifications/text", mediator, "The reunification record the mediator signs for"
                        + " a child and its request row, exactly (canonical text); refused as the signing would be",
                        call -> call.ctx().contentType("text/plain; charset=utf-8").result(returns.recordText(call.account(),
                                id(call), number(call), body(call)))).withBody(ReunificationRequest.class),
                Route.api(POST, TRANCHE + "/reunifications", mediator, "Log the reunification record the mediator signed"
                        + " (a reunification document to both sides answering the act); it closes the child's case",
                        call -> call.ctx().status(201).json(returns.reunify(call.account(), id(call), number(call),
                                body(call)))).withBody(ReunificationRequest.class).withReply(ReunificationReply.class),
                Route.api(POST, TRANCHE + "/reunifications/server-held-signature", mediator, "Sign the reunification record"
                        + " with the key the server holds for the mediator and log it; it closes the child's case",
                        call -> call.ctx().status(201).json(returns.reunifyWithServerHeldKey(call.account(), id(call),
                                number(call), body(call)))).withBody(ReunificationRequest.class)
                        .withReply(ReunificationReply.class),
                Route.api(GET, ONE + "/reunifications", desks, "The reunifications of a children's return",
                        call -> call.ctx().json(returns.reunifications(call.account(), id(call))))
                        .withReplies(ReunificationReply.class));
    }

    private static String id(AdmittedRequest call) {
        return call.ctx().pathParam("id");
    }

    private static int number(AdmittedRequest call) {
        return call.pathNumber("number");
    }

    private static ReunificationRequest body(AdmittedRequest call) {
        return ApiJson.read(call.ctx(), ReunificationRequest.class);
    }
}
