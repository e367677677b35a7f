package org.repatria.server.desk;

import static org.repatria.server.route.Method.GET;
import static org.repatria.server.route.Method.POST;

import io.javalin.http.HttpStatus;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.repatria.core.account.Role;
import org.repatria.server.access.Rule;
import org.repatria.server.document.DocumentSteps;
import org.repatria.server.error.HttpProblem;
import org.repatria.server.exchange.AgreementMessages.AgreementReply;
import org.repatria.server.exchange.Exchange;
import org.repatria.server.exchange.TrancheMessages.ActReply;
import org.repatria.server.exchange.TrancheMessages.HandoverReply;
import org.repatria.server.exchange.TrancheMessages.HandoverRequest;
import org.repatria.server.exchange.TrancheMessages.ManifestLine;
import org.repatria.server.exchange.TrancheMessages.ManifestReply;
import org.repatria.server.exchange.TrancheMessages.PlanReply;
import org.repatria.server.exchange.TrancheMessages.PresentedRequest;
import org.repatria.server.exchange.TrancheMessages.TrancheReply;
import org.repatria.server.route.AdmittedRequest;
import org.repatria.server.route.Route;

/**
 * The agreement pages: the list, one agreement (terms, progress, a parity chart per tranche, report downloads) and
 * the crossing's checklist, a plain form usable on a laptop at the border: tick who was presented, mark refusals,
 * add anyone not on the manifest.
 */
final class AgreementPages {
    private static final String HOME = "/desk/agreements";
    private final Exchange exchange;
    private final NegotiationPages negotiation;
    private final PageFactory pages;
    private final Templates templates;
    private final DocumentSteps steps;
    private final Clock clock;
    private final DisputeThreads threads;
    private final CrossingPages crossing;
    private final DaysLeft days;

    AgreementPages(Exchange exchange, NegotiationPages negotiation, PageFactory pages, Templates templates, DocumentSteps steps,
                   Clock clock, DisputeThreads threads, CrossingPages crossing) {
        this.threads = threads;
        this.crossing = crossing;
        this.steps = steps;
        this.clock = clock;
        this.days = new DaysLeft(clock);
        this.exchange = exchange;
        this.negotiation = negotiation;
        this.pages = pages;
        this.templates = templates;
    }

    List<Route> routes() {
        Rule readers = Rule.roles(Role.MEDIATOR, Role.PARTY_DESK, Role.OBSERVER);
        Rule desks = Rule.roles(Role.MEDIATOR, Role.PARTY_DESK);
        return List.of(
                Route.desk(GET, HOME, readers, "The agreements the caller may see", this::index),
                Route.desk(GET, HOME + "/{id}", readers, "An agreement: terms, progress, tranches with parity charts",
                        this::show),
                Route.desk(GET, HOME + "/{id}/report/{format}", readers, "The agreement's report, CSV or PDF",
                        exchange::report),
                Route.desk(GET, HOME + "/{id}/tranches/{number}", desks, "A tranche's checklist at the crossing",
                        call -> checklist(call, Optional.empty(), Optional.empty())),
                Route.desk(POST, HOME + "/{id}/tranches/{number}", Rule.roles(Role.PARTY_DESK),
                        "Record what the caller's side presented at the crossing", this::record),
                Route.desk(GET, HOME + "/{id}/tranches/{number}/act.pdf", desks, "The tranche's act as a PDF in"
                        + " English, Ukrainian and Russian with each signature's log entry and QR code, for print",
                        exchange::actPdf),
                Route.desk(POST, HOME + "/{id}/tranches/{number}/act", Rule.roles(Role.PARTY_DESK),
                        "Sign the tranche's act with the key the server holds for the caller's side", this::signAct),
                Route.desk(POST, HOME + "/{id}/tranches/{number}/act/signature", Rule.roles(Role.PARTY_DESK),
                        "Sign the tranche's act with the caller's side's own key, in the browser", this::signActOwnKey));
    }

    /** The crossing's routes (moves, observers, custody), showing these pages again after a refused form. */
    List<Route> crossingRoutes() {
        return crossing.routes(this::show, call -> checklist(call, Optional.empty(), Optional.empty()));
    }

    private void index(AdmittedRequest call) {
        Page page = pages.page(call.ctx(), call.identity(), "agreements.title");
        List<AgreementViews.Line> lines = exchange.agreements(call.account()).stream().map(a -> new AgreementViews.Line(
                HOME + "/" + a.id(), a.id(), page.t().term("kind", a.kind()), page.t().parties(a.first(), a.second()),
                page.t().term("state", a.state()),
                page.t().number(a.progress().getOrDefault("RECEIVED", 0)))).toList();
        templates.render(call.ctx(), "agreements.jte", new AgreementViews.Index(page, lines));
    }

    private void show(AdmittedRequest call) {
        AgreementReply a = exchange.agreement(call.account(), call.ctx().pathParam("id"));
        Page page = pages.page(call.ctx(), call.identity(), "agreement.title");
        List<BarChart.Item> states = new ArrayList<>();
        a.progress().forEach((state, n) -> states.add(new BarChart.Item(page.t().term("person", state), page.t().number(n), n)));
        List<AgreementViews.TrancheView> tranches = new ArrayList<>();
        Optional<PlanReply> plan = exchange.planInForce(call.account(), a.id());
        for (TrancheReply t : plan.map(PlanReply::tranches).orElse(List.of())) {
            tranches.add(new AgreementViews.TrancheView(t.number(), t.date(), t.crossing(), parity(page, a, t),
                    HOME + "/" + a.id() + "/tranches/" + t.number()));
        }
        templates.render(call.ctx(), "agreement.jte", new AgreementViews.One(page, a,
                BarChart.of(page.t().get("agreement.progress"), states), tranches, HOME + "/" + a.id() + "/report/",
                negotiation.answer(call.account(), a), crossing.course(call, page, a),
                DeadlineLines.of(exchange.deadlines(call.account(), a.id()), page.t(), days)));
    }

    /** Each side's count in the tranche, regular, exempt and make-good together: parity at a glance. */
    static BarChart parity(Page page, AgreementReply a, TrancheReply t) {
        Map<String, Integer> bySide = new TreeMap<>(Map.of(a.first(), 0, a.second(), 0));
        for (Map<String, Integer> counts : List.of(t.regular(), t.exempt(), t.makeGood())) {
            counts.forEach((side, n) -> bySide.merge(side, n, Integer::sum));
        }
        List<BarChart.Item> items = new ArrayList<>();
        bySide.forEach((side, n) -> items.add(new BarChart.Item(page.t().party(side), page.t().number(n), n)));
        return BarChart.of(page.t().format("agreement.parity", t.number()), items);
    }

    private void checklist(AdmittedRequest call, Optional<HandoverReply> result, Optional<NegotiationViews.Problem> problem) {
        String id = call.ctx().pathParam("id");
        int number = number(call);
        ManifestReply m = exchange.manifest(call.account(), id, number);
        Page page = pages.page(call.ctx(), call.identity(), "tranche.title");
        String me = call.account().party().value();
        List<ManifestLine> mine = m.lines().stream().filter(l -> l.from().equals(me)).toList();
        Optional<ActReply> act = exchange.actOnceRecorded(call.account(), id, number);
        boolean side = m.lines().stream().anyMatch(l -> l.from().equals(me) || l.to().equals(me));
        boolean signed = act.map(a -> a.signatures().stream().anyMatch(s -> s.party().equals(me))).orElse(true);
        String action = HOME + "/" + id + "/tranches/" + number;
        List<String> signatures = act.map(a -> a.signatures().stream().map(s -> s.envelopeId()).toList()).orElse(List.of());
        Optional<AgreementViews.OwnKey> ownKey = side && !signed ? exchange.actToSign(call.account(), id, number).map(DocumentDraft::of).map(d ->
                new AgreementViews.OwnKey(action + "/act/signature", d.statement(call.account(), clock),
                        d.encodedContent())) : Optional.empty();
        templates.render(call.ctx(), "tranche.jte", new AgreementViews.Checklist(page, id, number, m.date(), m.crossing(),
                mine, m.lines(), action, result, act, side && !signed && exchange.holdsKeyFor(call.account()), ownKey,
                problem, signatures.stream().flatMap(e -> threads.of(call.account(), e, page.t(), pages.partyNames())
                        .stream()).toList(), signatures.stream().flatMap(e -> threads.disputeHref(call.account(), e)
                        .stream()).findFirst(), crossing.section(call, page, id, number)));
    }

    /** Signs the act with the server-held key; a refusal shows the checklist again with the reason, in place. */
    private void signAct(AdmittedRequest call) {
        try {
            exchange.signActWithServerHeldKey(call.account(), call.ctx().pathParam("id"), number(call));
        } catch (HttpProblem refused) {
            checklist(call, Optional.empty(), Optional.of(NegotiationViews.Problem.shown(call.ctx(), refused)));
            return;
        }
        checklist(call, Optional.empty(), Optional.empty());
    }

    /** Signs the act with the signature sign.js made; a refusal shows the checklist again with the reason. */
    private void signActOwnKey(AdmittedRequest call) {
        String id = call.ctx().pathParam("id");
        int number = number(call);
        Optional<DocumentDraft> draft = exchange.actToSign(call.account(), id, number).map(DocumentDraft::of);
        try {
            exchange.signAct(call.account(), id, number, draft.orElseThrow(() -> HttpProblem.conflict("not_relayed",
                    "the act cannot be signed now; wait until the other side's signature is relayed"))
                    .submission(call.ctx(), call.account(), clock, steps));
        } catch (HttpProblem refused) {
            checklist(call, Optional.empty(), Optional.of(NegotiationViews.Problem.shown(call.ctx(), refused)));
            return;
        }
        call.ctx().redirect(HOME + "/" + id + "/tranches/" + number, HttpStatus.SEE_OTHER);
    }

    private void record(AdmittedRequest call) {
        String id = call.ctx().pathParam("id");
        int number = number(call);
        String me = call.account().party().value();
        List<ManifestLine> mine = exchange.manifest(call.account(), id, number).lines().stream()
                .filter(l -> l.from().equals(me)).toList();
        List<String> ticked = call.ctx().formParams("present");
        List<PresentedRequest> presented = new ArrayList<>();
        for (int i = 0; i < mine.size(); i++) {
            if (ticked.contains(String.valueOf(i))) {
                ManifestLine l = mine.get(i);
                String interview = Optional.ofNullable(call.ctx().formParam("interview-" + i)).orElse("consents");
                boolean body = !l.bodyTag().isEmpty();
                presented.add(new PresentedRequest(l.serviceNumber(), l.bodyTag(), l.name(), "", "", body ? "none" : interview,
                        ""));
            }
        }
        for (String line : Optional.ofNullable(call.ctx().formParam("extra")).orElse("").split("\n")) {
            if (!line.isBlank()) {
                String[] parts = line.split(";", 2);
                presented.add(new PresentedRequest(parts[0].strip(), "", parts.length > 1 ? parts[1].strip() : "", "", "",
                        "consents", ""));
            }
        }
        HandoverReply recorded;
        try {
            recorded = exchange.handover(call.account(), id, number, new HandoverRequest(me, presented));
        } catch (HttpProblem refused) {
            checklist(call, Optional.empty(), Optional.of(NegotiationViews.Problem.shown(call.ctx(), refused)
                    .keeping(typed(call.ctx().formParamMap()))));
            return;
        }
        checklist(call, Optional.of(recorded), Optional.empty());
    }

    /** The checklist's fields as typed (never the CSRF token), to show again when the recording is refused. */
    private static Map<String, List<String>> typed(Map<String, List<String>> form) {
        Map<String, List<String>> out = new TreeMap<>(form);
        out.remove("_csrf");
        out.putIfAbsent("present", List.of());
        return out;
    }

    private static int number(AdmittedRequest call) {
        try {
            return Integer.parseInt(call.ctx().pathParam("number"));
        } catch (NumberFormatException e) {
            throw HttpProblem.invalid("number", "give the tranche's number");
        }
    }
}
