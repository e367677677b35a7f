package org.repatria.server.desk;

import static org.repatria.server.route.Method.GET;
import static org.repatria.server.route.Method.POST;

import io.javalin.http.HttpStatus;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.repatria.core.account.Account;
import org.repatria.core.account.Role;
import org.repatria.server.access.Rule;
import org.repatria.server.document.DocumentSteps;
import org.repatria.server.error.HttpProblem;
import org.repatria.server.exchange.AgreementMessages.AgreementReply;
import org.repatria.server.exchange.Exchange;
import org.repatria.server.exchange.TrancheMessages.PlanReply;
import org.repatria.server.exchange.TrancheMessages.PlanRequest;
import org.repatria.server.exchange.TrancheMessages.SlotRequest;
import org.repatria.server.route.AdmittedRequest;
import org.repatria.server.route.Route;

/**
 * The tranche plan on the desk: ask the planner for a plan from slots, see each version with a parity chart and the
 * explanation per tranche, sign it with the side's key (browser or server-held), and the mediator's confirmation.
 */
final class PlanPages {
    private static final String HOME = "/desk/agreements";
    private final Exchange exchange;
    private final DocumentSteps steps;
    private final Clock clock;
    private final PageFactory pages;
    private final Templates templates;

    PlanPages(Exchange exchange, DocumentSteps steps, Clock clock, PageFactory pages, Templates templates) {
        this.exchange = exchange;
        this.steps = steps;
        this.clock = clock;
        this.pages = pages;
        this.templates = templates;
    }

    List<Route> routes() {
        Rule desks = Rule.roles(Role.MEDIATOR, Role.PARTY_DESK);
        String plans = HOME + "/{id}/plans";
        return List.of(
                Route.desk(GET, plans, desks, "Every version of the tranche plan: parity per tranche, explanations,"
                        + " signatures", call -> show(call, "", Optional.empty())),
                Route.desk(POST, plans, desks, "Ask the planner for a plan from slots, or replan the drop-outs from reserves; a refused plan shows its problems",
                        this::propose),
                Route.desk(POST, plans + "/{number}/signature", Rule.roles(Role.PARTY_DESK), "Sign a plan version with the"
                        + " side's key, in the browser or server-held", this::sign),
                Route.desk(POST, plans + "/{number}/confirmation", Rule.roles(Role.MEDIATOR), "Put a plan both sides"
                        + " signed in force", call -> step(call, () -> exchange.confirmPlan(call.account(), id(call),
                        number(call)))));
    }

    private void show(AdmittedRequest call, String slots, Optional<NegotiationViews.Problem> problem) {
        AgreementReply a = exchange.agreement(call.account(), id(call));
        Page page = pages.page(call.ctx(), call.identity(), "plans.title");
        Account me = call.account();
        boolean side = me.role() == Role.PARTY_DESK;
        List<PlanViews.Version> versions = new ArrayList<>();
        for (PlanReply p : exchange.plans(me, a.id())) {
            String action = HOME + "/" + a.id() + "/plans/" + p.number();
            boolean signed = p.signatures().stream().anyMatch(s -> s.party().equals(me.party().value()));
            Optional<AgreementViews.OwnKey> sign = side && !signed && !p.accepted()
                    ? exchange.planToSign(me, a.id(), p.number()).map(DocumentDraft::of).map(d ->
                    new AgreementViews.OwnKey(action + "/signature", d.statement(me, clock), d.encodedContent()))
                    : Optional.empty();
            boolean bothRelayed = p.signatures().size() == 2 && p.signatures().stream().allMatch(s -> s.relayed());
            Map<Integer, List<PlanViews.Crosser>> people = PlanPeople.of(exchange, me, a.id(), p.number(), page.t(),
                    pages.partyNames());
            versions.add(new PlanViews.Version(p.number(), p.accepted(), p.tranches().stream().map(t ->
                    new PlanViews.TrancheView(t.number(), t.date(), t.crossing(), AgreementPages.parity(page, a, t),
                            t.explanation(), people.getOrDefault(t.number(), List.of()))).toList(), p.signatures(),
                    p.unplaced(), sign,
                    sign.isPresent() && exchange.holdsKeyFor(me), me.role() == Role.MEDIATOR && bothRelayed
                    && !p.accepted() ? Optional.of(action + "/confirmation") : Optional.empty()));
        }
        templates.render(call.ctx(), "plans.jte", new PlanViews.Plans(page, a.id(), HOME + "/" + a.id(),
                versions.reversed(), a.state().equals("ACCEPTED"), HOME + "/" + a.id() + "/plans", slots, problem,
                new WaitingOn(exchange).agreement(me, a, page.t(), pages.partyNames())));
    }

    private void propose(AdmittedRequest call) {
        String slots = Optional.ofNullable(call.ctx().formParam("slots")).orElse("");
        // A replan (from a tranche that broke parity) makes good the drop-outs of the plan in force from the reserves.
        boolean replan = "true".equals(call.ctx().formParam("replan"));
        try {
            exchange.proposePlan(call.account(), id(call), replan ? new PlanRequest(List.of(), List.of(), true)
                    : new PlanRequest(slots(slots), List.of(), false));
        } catch (HttpProblem refused) {
            refusedWith(call, refused, slots);
            return;
        }
        call.ctx().redirect(HOME + "/" + id(call) + "/plans", HttpStatus.SEE_OTHER);
    }

    private void sign(AdmittedRequest call) {
        Account me = call.account();
        AgreementReply a = exchange.agreement(me, id(call));
        int number = number(call);
        step(call, () -> {
            DocumentDraft draft = exchange.planToSign(me, a.id(), number).map(DocumentDraft::of).orElseThrow(() -> HttpProblem.conflict("not_relayed",
                    "the other side's signature waits for the mediator's relay; sign once it was relayed"));
            return SignedForms.serverHeld(call.ctx()) ? exchange.signPlanWithServerHeldKey(me, a.id(), number)
                    : exchange.signPlan(me, a.id(), number, draft.submission(call.ctx(), me, clock, steps));
        });
    }

    /** Runs a step on a plan; a refusal shows the plans again with the reason, nothing stored. */
    private void step(AdmittedRequest call, Supplier<PlanReply> step) {
        try {
            step.get();
        } catch (HttpProblem refused) {
            refusedWith(call, refused, "");
            return;
        }
        call.ctx().redirect(HOME + "/" + id(call) + "/plans", HttpStatus.SEE_OTHER);
    }

    private void refusedWith(AdmittedRequest call, HttpProblem refused, String slots) {
        show(call, slots, Optional.of(NegotiationViews.Problem.shown(call.ctx(), refused)));
    }

    /** One slot a line: {@code date; crossing; seats; stretchers; wagons; bodies per wagon}. */
    static List<SlotRequest> slots(String text) {
        List<SlotRequest> slots = new ArrayList<>();
        String[] lines = text.split("\n");
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            String[] f = lines[i].split(";");
            if (f.length != 6) {
                throw HttpProblem.invalid("slots", "line " + (i + 1) + ": give date; crossing; seats; stretchers; wagons;"
                        + " bodies per wagon");
            }
            try {
                slots.add(new SlotRequest(f[0].strip(), f[1].strip(), Integer.parseInt(f[2].strip()),
                        Integer.parseInt(f[3].strip()), Integer.parseInt(f[4].strip()), Integer.parseInt(f[5].strip())));
            } catch (NumberFormatException e) {
                throw HttpProblem.invalid("slots", "line " + (i + 1) + ": seats, stretchers, wagons and bodies per wagon"
                        + " are whole numbers");
            }
        }
        if (slots.isEmpty()) {
            throw HttpProblem.invalid("slots", "give at least one slot");
        }
        return slots;
    }

    private static String id(AdmittedRequest call) {
        return call.ctx().pathParam("id");
    }

    /** The plan's number in the path. */
    static int number(AdmittedRequest call) {
        try {
            return Integer.parseInt(call.ctx().pathParam("number"));
        } catch (NumberFormatException e) {
            throw HttpProblem.invalid("number", "give the plan's number");
        }
    }
}
