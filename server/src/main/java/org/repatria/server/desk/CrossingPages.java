package org.repatria.server.desk;

import static org.repatria.server.route.Method.GET;
import static org.repatria.server.route.Method.POST;

import io.javalin.http.HttpStatus;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.repatria.core.account.Account;
import org.repatria.core.account.Role;
import org.repatria.core.lifecycle.Lifecycle;
import org.repatria.core.lifecycle.PersonState;
import org.repatria.core.lifecycle.Standing;
import org.repatria.core.lifecycle.Transition;
import org.repatria.core.party.PartyId;
import org.repatria.core.party.PartyKind;
import org.repatria.core.person.Category;
import org.repatria.server.access.Rule;
import org.repatria.server.error.HttpProblem;
import org.repatria.server.exchange.AgreementMessages.AgreementReply;
import org.repatria.server.exchange.AgreementMessages.GrantRequest;
import org.repatria.server.exchange.AgreementMessages.MoveReply;
import org.repatria.server.exchange.AgreementMessages.MoveRequest;
import org.repatria.server.exchange.AgreementMessages.MovesRequest;
import org.repatria.server.exchange.Exchange;
import org.repatria.server.exchange.TrancheMessages.CrossingReply;
import org.repatria.server.exchange.TrancheMessages.DirectionReply;
import org.repatria.server.exchange.TrancheMessages.ManifestLine;
import org.repatria.server.exchange.TrancheMessages.OutcomeReply;
import org.repatria.server.exchange.TrancheMessages.PlanReply;
import org.repatria.server.route.AdmittedRequest;
import org.repatria.server.route.Route;
import org.repatria.store.Store;

/**
 * The crossing as it happens, on the desk: the tranche's record read back (who crossed, who was refused or absent), a
 * tranche that broke parity flagged with the replan it calls for, lifecycle moves by hand, and the mediator showing
 * an agreement to an observer (the chain of custody is {@link CustodyPages}). Each form calls the same {@link Exchange}
 * method as the API; a refusal shows the page again with the reason, nothing stored.
 */
final class CrossingPages {
    private static final String HOME = "/desk/agreements";
    /** The request attribute carrying a refused form's reason to the page shown again. */
    private static final String REFUSAL = "crossing.refusal";
    /** Moves the desk offers by hand: a person dropping out, or found again; the other moves are steps of their own. */
    private static final Set<PersonState> BY_HAND = Set.of(PersonState.NOT_FOUND, PersonState.REFUSED_REPATRIATION,
            PersonState.DIED_IN_CUSTODY, PersonState.WITHDRAWN, PersonState.CONFIRMED_HELD);
    /** Moves of the negotiation and planning before the crossing, left out of the tranche's history. */
    private static final Set<String> SETTLING = Set.of("NOMINATED", "AGREED", "IN_TRANCHE");
    private static final List<String> DROPPED = List.of("REFUSED_REPATRIATION", "NOT_FOUND", "DIED_IN_CUSTODY", "WITHDRAWN");
    private final Exchange exchange;
    private final Store store;
    private final WaitingOn waiting;
    private final PageFactory pages;
    private final Templates templates;

    CrossingPages(Exchange exchange, Store store, PageFactory pages, Templates templates) {
        this.exchange = exchange;
        this.store = store;
        this.waiting = new WaitingOn(exchange);
        this.pages = pages;
        this.templates = templates;
    }

    /** The routes; {@code agreement} and {@code tranche} show those pages again after a refused form. */
    List<Route> routes(Consumer<AdmittedRequest> agreement, Consumer<AdmittedRequest> tranche) {
        List<Route> routes = new ArrayList<>(crossingRoutes(agreement, tranche));
        routes.addAll(new CustodyPages(exchange, pages, templates).routes());
        routes.addAll(new CountPages(exchange, pages, templates).routes());
        return List.copyOf(routes);
    }

    private List<Route> crossingRoutes(Consumer<AdmittedRequest> agreement, Consumer<AdmittedRequest> tranche) {
        Rule desks = Rule.roles(Role.MEDIATOR, Role.PARTY_DESK);
        return List.of(
                Route.desk(POST, HOME + "/{id}/tranches/{number}/moves", desks, "Record a lifecycle move by hand (refused"
                        + " repatriation, not found, died, withdrawn); an impossible move shows the reason",
                        call -> move(call, tranche)),
                Route.desk(POST, HOME + "/{id}/grants", Rule.roles(Role.MEDIATOR), "Show an agreement's terms and progress"
                        + " (nothing personal) to an observer", call -> grant(call, agreement)));
    }

    /** The agreement page's course: what it waits on, tranches that broke parity, the observers (mediator). */
    CrossingViews.Course course(AdmittedRequest call, Page page, AgreementReply a) {
        Account me = call.account();
        Map<PartyId, String> names = pages.partyNames();
        List<CrossingViews.Flag> flags = new ArrayList<>();
        if (me.role() != Role.OBSERVER) {
            Optional<PlanReply> inForce = exchange.planInForce(me, a.id());
            for (var t : inForce.map(PlanReply::tranches).orElse(List.of())) {
                flag(me, a, t.number(), page.t(), names).ifPresent(flags::add);
            }
        }
        Optional<CrossingViews.Grants> grants = Optional.empty();
        if (me.role() == Role.MEDIATOR) {
            List<PartyId> shown = exchange.grants(me, a.id());
            List<CrossingViews.Option> observers = store.parties().all().stream()
                    .filter(p -> p.kind() == PartyKind.OBSERVER && !shown.contains(p.id()))
                    .map(p -> new CrossingViews.Option(p.id().value(), p.name())).toList();
            grants = Optional.of(new CrossingViews.Grants(HOME + "/" + a.id() + "/grants",
                    shown.stream().map(p -> names.getOrDefault(p, p.value())).toList(), observers, refusal(call)));
        }
        return new CrossingViews.Course(waiting.agreement(me, a, page.t(), names), flags, grants);
    }

    /** The tranche page's crossing section. */
    CrossingViews.Section section(AdmittedRequest call, Page page, String id, int number) {
        Account me = call.account();
        Text t = page.t();
        AgreementReply a = exchange.agreement(me, id);
        Map<PartyId, String> names = pages.partyNames();
        CrossingReply crossing = exchange.recorded(me, id, number);
        boolean offered = crossing.directions().stream().anyMatch(d -> d.from().equals(me.party().value()) && !d.recorded())
                && me.role() == Role.PARTY_DESK;
        List<CrossingViews.Direction> directions = new ArrayList<>();
        List<String> persons = new ArrayList<>();
        // Who accompanied each child across, as the guardian check recorded it (a children's return only).
        Map<String, String> escorts = new HashMap<>();
        if (a.kind().equalsIgnoreCase("children")) {
            store.reunifications().guardians(id).forEach(g -> {
                String role = g.escort().role().token();
                escorts.put(g.child().toString(), t.format("crossing.escort", g.escort().name(),
                        t.find("words.escort." + role).orElse(role)));
            });
        }
        for (DirectionReply d : crossing.directions()) {
            String from = names.getOrDefault(new PartyId(d.from()), d.from());
            String to = names.getOrDefault(new PartyId(d.to()), d.to());
            String heading = d.recorded() ? t.format("crossing.direction", from, to, d.handedOver(), d.planned())
                    : t.format("crossing.direction.notRecorded", from, to, d.planned());
            directions.add(new CrossingViews.Direction(heading, d.recorded(),
                    d.lines().stream().map(o -> line(me, a, number, o, t, escorts)).toList(),
                    d.extras().stream().map(o -> line(me, a, number, o, t, escorts)).toList()));
            d.lines().forEach(o -> persons.add(o.line().list() + "/" + o.line().row()));
        }
        List<CrossingViews.Moved> history = new ArrayList<>();
        Map<String, String> byRef = new HashMap<>();
        crossing.directions().forEach(d -> d.lines().forEach(o -> byRef.put(o.line().list() + "/" + o.line().row(),
                o.line().name())));
        for (MoveReply m : exchange.moves(me, id)) {
            String ref = m.list() + "/" + m.row();
            if (persons.contains(ref) && !SETTLING.contains(m.to())) {
                history.add(new CrossingViews.Moved(byRef.get(ref), state(t, m.from()), state(t, m.to()), m.by(),
                        t.when(m.at()), CrossingWords.note(t, m.reason())));
            }
        }
        boolean settled = exchange.plans(me, id).getLast().accepted();
        return new CrossingViews.Section(offered, directions, flag(me, a, number, t, names),
                waiting.tranche(me, a, number, t, names, settled), HOME + "/" + id + "/tranches/" + number + "/moves",
                history, refusal(call));
    }

    /** The flag of a tranche that broke parity, with the replan it calls for; empty while it keeps parity. */
    private Optional<CrossingViews.Flag> flag(Account me, AgreementReply a, int number, Text t, Map<PartyId, String> names) {
        CrossingReply crossing = exchange.recorded(me, a.id(), number);
        if (!crossing.brokeParity()) {
            return Optional.empty();
        }
        List<String> shortfall = new ArrayList<>();
        for (DirectionReply d : crossing.directions()) {
            if (d.recorded()) {
                shortfall.add(t.format("crossing.short", names.getOrDefault(new PartyId(d.from()), d.from()), d.handedOver(),
                        d.planned()));
            }
        }
        List<PlanReply> plans = exchange.plans(me, a.id());
        PlanReply latest = plans.getLast();
        boolean dropped = crossing.directions().stream().flatMap(d -> d.lines().stream())
                .anyMatch(o -> DROPPED.contains(o.line().state()));
        Optional<String> replan = latest.accepted() && dropped && me.role() != Role.OBSERVER
                ? Optional.of(HOME + "/" + a.id() + "/plans") : Optional.empty();
        Optional<String> proposed = latest.accepted() ? Optional.empty()
                : Optional.of(HOME + "/" + a.id() + "/plans#plan-" + latest.number());
        return Optional.of(new CrossingViews.Flag(number, String.join("; ", shortfall),
                HOME + "/" + a.id() + "/tranches/" + number, replan, proposed));
    }

    private CrossingViews.Line line(Account me, AgreementReply a, int number, OutcomeReply o, Text t,
                                    Map<String, String> escorts) {
        String id = a.id();
        ManifestLine l = o.line();
        List<CrossingViews.Option> moves = l.state().isEmpty() ? List.of() : moves(me, l).stream()
                .map(s -> new CrossingViews.Option(s.name(), state(t, s.name()))).toList();
        Optional<String> custody = !l.bodyTag().isEmpty() && o.outcome().equals("HANDED_OVER")
                && l.to().equals(me.party().value()) ? Optional.of(HOME + "/" + id + "/custody/" + Page.enc(l.bodyTag()))
                : Optional.empty();
        // A child handed over: the receiving side and the mediator check the guardian and reunify on the child's page.
        Optional<String> reunion = a.kind().equalsIgnoreCase("children") && o.outcome().equals("HANDED_OVER")
                && (l.to().equals(me.party().value()) || me.party().value().equals(a.mediator()))
                ? Optional.of(ReturnPages.href(id, number, l.list(), l.row())) : Optional.empty();
        // An absence's words are the discrepancy's English line; the outcome says it in the reader's words.
        String words = o.outcome().equals("ABSENT") ? "" : o.words();
        return new CrossingViews.Line(l.list(), l.row(), l.name(), l.serviceNumber() + l.bodyTag(), o.outcome(),
                CrossingWords.outcome(t, o.outcome()), words, l.state().isEmpty() ? "" : state(t, l.state()), moves,
                custody, reunion, escorts.getOrDefault(l.list() + "/" + l.row(), ""));
    }

    /** The moves by hand the caller may make for the person, by the lifecycle's table (the server checks again). */
    private static List<PersonState> moves(Account me, ManifestLine l) {
        Standing standing;
        if (me.role() == Role.MEDIATOR) {
            standing = Standing.MEDIATOR;
        } else if (me.party().value().equals(l.from())) {
            standing = Standing.HOLDER;
        } else if (me.party().value().equals(l.to())) {
            standing = Standing.RECEIVER;
        } else {
            return List.of();
        }
        Category category = l.bodyTag().isEmpty() ? Category.POW : Category.REMAINS;
        return Lifecycle.allowedFrom(PersonState.valueOf(l.state()), category).stream()
                .filter(x -> x.standing() == standing && x.role() == me.role() && BY_HAND.contains(x.to()))
                .map(Transition::to).distinct().toList();
    }

    static String state(Text t, String state) {
        return CrossingWords.state(t, state);
    }

    private void move(AdmittedRequest call, Consumer<AdmittedRequest> tranche) {
        String id = call.ctx().pathParam("id");
        try {
            exchange.move(call.account(), id, new MovesRequest(List.of(new MoveRequest(field(call, "list"),
                    field(call, "row"), field(call, "to"), field(call, "reason")))));
        } catch (HttpProblem refused) {
            call.ctx().attribute(REFUSAL, NegotiationViews.Problem.shown(call.ctx(), refused));
            tranche.accept(call);
            return;
        }
        call.ctx().redirect(HOME + "/" + id + "/tranches/" + call.ctx().pathParam("number") + "#crossing", HttpStatus.SEE_OTHER);
    }

    private void grant(AdmittedRequest call, Consumer<AdmittedRequest> agreement) {
        String id = call.ctx().pathParam("id");
        try {
            exchange.grant(call.account(), id, new GrantRequest(field(call, "observer")));
        } catch (HttpProblem refused) {
            call.ctx().attribute(REFUSAL, NegotiationViews.Problem.shown(call.ctx(), refused));
            agreement.accept(call);
            return;
        }
        call.ctx().redirect(HOME + "/" + id + "#grants", HttpStatus.SEE_OTHER);
    }

    /** The reason a form on this request was refused, when it was. */
    private static Optional<NegotiationViews.Problem> refusal(AdmittedRequest call) {
        return Optional.ofNullable(call.ctx().attribute(REFUSAL));
    }

    private static String field(AdmittedRequest call, String name) {
        return Optional.ofNullable(call.ctx().formParam(name)).orElse("").strip();
    }

}
