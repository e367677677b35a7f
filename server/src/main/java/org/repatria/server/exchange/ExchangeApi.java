package org.repatria.server.exchange;

import static org.repatria.server.route.Method.GET;
import static org.repatria.server.route.Method.POST;

import java.util.List;
import org.repatria.core.account.Role;
import org.repatria.server.access.Rule;
import org.repatria.server.api.ApiJson;
import org.repatria.server.document.DocumentMessages;
import org.repatria.server.exchange.AgreementMessages.AgreementReply;
import org.repatria.server.exchange.AgreementMessages.DeadlineReply;
import org.repatria.server.exchange.AgreementMessages.GrantRequest;
import org.repatria.server.exchange.AgreementMessages.MoveReply;
import org.repatria.server.exchange.AgreementMessages.MovesRequest;
import org.repatria.server.exchange.AgreementMessages.NominationReply;
import org.repatria.server.exchange.AgreementMessages.NominationRequest;
import org.repatria.server.exchange.TrancheMessages.ActReply;
import org.repatria.server.exchange.TrancheMessages.CustodyReply;
import org.repatria.server.exchange.TrancheMessages.CustodyRequest;
import org.repatria.server.exchange.TrancheMessages.DiscrepancyReply;
import org.repatria.server.exchange.TrancheMessages.HandoverReply;
import org.repatria.server.exchange.TrancheMessages.HandoverRequest;
import org.repatria.server.exchange.TrancheMessages.ManifestReply;
import org.repatria.server.exchange.TrancheMessages.PlanReply;
import org.repatria.server.exchange.TrancheMessages.PlanRequest;
import org.repatria.server.route.AdmittedRequest;
import org.repatria.server.route.Route;

/** The exchange's rows of the route table: agreements, nominations, moves, plans, tranches, acts and reports. */
public final class ExchangeApi {
    private static final String BASE = "/api/v1/agreements";
    private static final String ONE = BASE + "/{id}";
    private static final String TRANCHE = ONE + "/tranches/{number}";
    private final Exchange x;

    /** The routes of {@code exchange}. */
    public ExchangeApi(Exchange exchange) {
        this.x = exchange;
    }

    /** Every route, each with its rule; need-to-know within an agreement is decided inside the routes. */
    public List<Route> routes() {
        Rule sides = Rule.roles(Role.PARTY_DESK);
        Rule desks = Rule.roles(Role.MEDIATOR, Role.PARTY_DESK);
        Rule readers = Rule.roles(Role.MEDIATOR, Role.PARTY_DESK, Role.OBSERVER);
        return List.of(
                Route.api(GET, BASE, readers, "The agreements the caller may see, newest first",
                        call -> call.ctx().json(x.agreements(call.account())))
                        .withReplies(AgreementReply.class),
                Route.api(POST, BASE, sides, "Propose an agreement: its canonical text as a proposal document the caller's"
                        + " side signed, addressed to the other side", call -> call.ctx().status(201).json(
                        x.propose(call.account(), body(call)))).withBody(DocumentMessages.Submit.class)
                        .withReply(AgreementReply.class),
                Route.api(GET, ONE, readers, "An agreement: negotiation, text in force, progress by lifecycle state",
                        call -> call.ctx().json(x.agreement(call.account(), id(call))))
                        .withReply(AgreementReply.class),
                Route.api(GET, ONE + "/deadlines", readers, "The deadlines of an accepted agreement's terms on today's date:"
                        + " each side's nominations, the plan, each tranche of the plan in force (for the sides and the mediator),"
                        + " completion; each met (on a date), open (days left) or overdue (by days); empty while under negotiation",
                        call -> call.ctx().json(x.deadlines(call.account(), id(call)).stream().map(DeadlineReplies::of).toList()))
                        .withReplies(DeadlineReply.class),
                Route.api(POST, ONE + "/counter", sides, "Counter the latest text (relayed to the caller) with a new signed"
                        + " proposal answering it", call -> call.ctx().status(201).json(x.counter(
                        call.account(), id(call), body(call)))).withBody(DocumentMessages.Submit.class)
                        .withReply(AgreementReply.class),
                Route.api(POST, ONE + "/acceptance", sides, "Accept the latest text: an answer document whose bytes are"
                        + " exactly that text", call -> call.ctx().status(201).json(x.accept(call.account(),
                        id(call), body(call)))).withBody(DocumentMessages.Submit.class).withReply(AgreementReply.class),
                Route.api(POST, ONE + "/grants", Rule.roles(Role.MEDIATOR), "Show an agreement's terms and progress"
                        + " (nothing personal) to an observer", call -> call.ctx().status(201).json(x.grant(call.account(),
                        id(call), ApiJson.read(call.ctx(), GrantRequest.class)))).withBody(GrantRequest.class)
                        .withReply(AgreementReply.class),
                Route.api(GET, ONE + "/nominations", desks, "Nominations with verdicts: the caller's side's, or all for"
                        + " the mediator", call -> call.ctx().json(x.nominations(call.account(), id(call))))
                        .withReplies(NominationReply.class),
                Route.api(POST, ONE + "/nominations", sides, "Nominate rows of one of the caller's lists; each gets its"
                        + " eligibility verdict with the reason", call -> call.ctx().status(201).json(x.nominate(
                        call.account(), id(call), ApiJson.read(call.ctx(), NominationRequest.class))))
                        .withBody(NominationRequest.class).withReplies(NominationReply.class),
                Route.api(GET, ONE + "/moves", desks, "Lifecycle moves with who, party, when and why",
                        call -> call.ctx().json(x.moves(call.account(), id(call)))).withReplies(MoveReply.class),
                Route.api(POST, ONE + "/moves", desks, "Move persons through the lifecycle, all or none; an impossible move"
                        + " is refused with the reason", call -> call.ctx().status(201).json(x.move(call.account(),
                        id(call), ApiJson.read(call.ctx(), MovesRequest.class)))).withBody(MovesRequest.class)
                        .withReplies(MoveReply.class),
                Route.api(GET, ONE + "/plans", desks, "Every version of the tranche plan with its signatures",
                        call -> call.ctx().json(x.plans(call.account(), id(call)))).withReplies(PlanReply.class),
                Route.api(POST, ONE + "/plans", desks, "Propose a plan from slots, submit one edited by hand, or re-plan the"
                        + " drop-outs; a plan breaking parity or capacity is refused (422)", call -> call.ctx().status(201)
                        .json(x.proposePlan(call.account(), id(call), ApiJson.read(call.ctx(), PlanRequest.class))))
                        .withBody(PlanRequest.class).withReply(PlanReply.class),
                Route.api(GET, ONE + "/plans/{number}/text", desks, "A plan's canonical text, the exact bytes to sign",
                        call -> call.ctx().contentType("text/plain; charset=utf-8").result(x.planText(call.account(),
                                id(call), number(call)))),
                Route.api(POST, ONE + "/plans/{number}/signatures", sides, "Sign a plan's text as a proposal document",
                        call -> call.ctx().status(201).json(x.signPlan(call.account(), id(call), number(call), body(call))))
                        .withBody(DocumentMessages.Submit.class).withReply(PlanReply.class),
                Route.api(POST, ONE + "/plans/{number}/confirmation", Rule.roles(Role.MEDIATOR), "Put a plan both sides"
                        + " signed in force: its persons are agreed and placed in their tranches",
                        call -> call.ctx().json(x.confirmPlan(call.account(), id(call), number(call))))
                        .withReply(PlanReply.class),
                Route.api(GET, TRANCHE, desks, "A tranche's manifest in the plan in force, each person's state now",
                        call -> call.ctx().json(x.manifest(call.account(), id(call), number(call))))
                        .withReply(ManifestReply.class),
                Route.api(POST, TRANCHE + "/handover", sides, "Record what the handing side presented at the crossing;"
                        + " every discrepancy is recorded; a side records a tranche once (409 crossing_recorded after)", call -> call.ctx().status(201).json(x.handover(call.account(),
                        id(call), number(call), ApiJson.read(call.ctx(), HandoverRequest.class))))
                        .withBody(HandoverRequest.class).withReply(HandoverReply.class),
                Route.api(GET, TRANCHE + "/act", desks, "The tranche's handover act: canonical bilingual text and signatures",
                        call -> call.ctx().json(x.act(call.account(), id(call), number(call)))).withReply(ActReply.class),
                Route.api(GET, TRANCHE + "/act.pdf", desks, "The tranche's handover act as a PDF (application/pdf) for"
                        + " print: English, Ukrainian and Russian side by side, each signature's log entry with its QR code",
                        x::actPdf),
                Route.api(POST, TRANCHE + "/act/signatures", sides, "Sign the act as a handover-act document; the"
                        + " signer receives the persons handed to it", call -> call.ctx().status(201).json(x.signAct(
                        call.account(), id(call), number(call), body(call)))).withBody(DocumentMessages.Submit.class)
                        .withReply(ActReply.class),
                Route.api(POST, TRANCHE + "/act/server-held-signature", sides, "Sign the act with the key the server"
                        + " holds for the caller's side (only where the mediator enabled one); the entry says so",
                        call -> call.ctx().status(201).json(x.signActWithServerHeldKey(call.account(), id(call),
                                number(call)))).withReply(ActReply.class),
                Route.api(POST, ONE + "/custody", Rule.roles(Role.PARTY_DESK, Role.IDENTIFICATION), "Add a step to the chain"
                        + " of custody of a received body bag (stored, sampled, identified, returned); the receiving side",
                        call -> call.ctx().status(201).json(x.recordCustody(call.account(), id(call),
                                ApiJson.read(call.ctx(), CustodyRequest.class)))).withBody(CustodyRequest.class)
                        .withReply(CustodyReply.class),
                Route.api(GET, ONE + "/custody/{tag}", Rule.roles(Role.PARTY_DESK, Role.IDENTIFICATION), "A body bag's chain"
                        + " of custody from the crossing until identification", call -> call.ctx().json(x.custody(
                        call.account(), id(call), call.ctx().pathParam("tag")))).withReply(CustodyReply.class),
                Route.api(GET, ONE + "/discrepancies", desks, "Every discrepancy recorded at the crossings",
                        call -> call.ctx().json(x.discrepancies(call.account(), id(call)))).withReplies(DiscrepancyReply.class),
                Route.api(GET, ONE + "/counts", Rule.roles(Role.MEDIATOR, Role.PARTY_DESK, Role.IDENTIFICATION, Role.OBSERVER),
                        "The counts of remains per tranche and stage, running totals, each difference where it arises"
                        + " and the bags that explain it (bags only for the sides and the mediator)",
                        call -> call.ctx().json(x.counts(call.account(), id(call)))).withReply(CountMessages.TallyReply.class),
                Route.api(POST, TRANCHE + "/counts", sides, "State the caller's side's count of a remains tranche: a"
                        + " signed count document (declared, crossing or morgue); a stage is counted once",
                        call -> call.ctx().status(201).json(x.stateCount(call.account(), id(call), number(call), body(call))))
                        .withBody(DocumentMessages.Submit.class).withReply(CountMessages.TallyReply.class),
                Route.api(POST, TRANCHE + "/counts/server-held", sides, "State a count as typed, signed with the key the"
                        + " server holds for the caller's side (only where the mediator enabled one)",
                        call -> call.ctx().status(201).json(x.stateCountWithServerHeldKey(call.account(), id(call),
                                number(call), ApiJson.read(call.ctx(), CountMessages.CountRequest.class))))
                        .withBody(CountMessages.CountRequest.class).withReply(CountMessages.TallyReply.class),
                Route.api(GET, ONE + "/report/{format}", readers, "The agreement's report as CSV (persons) or PDF (summary)",
                        x::report));
    }

    private static String id(AdmittedRequest call) {
        return call.ctx().pathParam("id");
    }

    private static int number(AdmittedRequest call) {
        return call.pathNumber("number");
    }

    private static DocumentMessages.Submit body(AdmittedRequest call) {
        return ApiJson.read(call.ctx(), DocumentMessages.Submit.class);
    }
}
