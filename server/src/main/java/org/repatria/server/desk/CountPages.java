package org.repatria.server.desk;

import static org.repatria.server.route.Method.GET;
import static org.repatria.server.route.Method.POST;

import io.javalin.http.HttpStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.repatria.core.account.Account;
import org.repatria.core.account.Role;
import org.repatria.core.party.PartyId;
import org.repatria.server.access.Rule;
import org.repatria.server.error.HttpProblem;
import org.repatria.server.exchange.CountMessages.CountRequest;
import org.repatria.server.exchange.CountMessages.FiguresReply;
import org.repatria.server.exchange.CountMessages.StageCountReply;
import org.repatria.server.exchange.CountMessages.TallyReply;
import org.repatria.server.exchange.CountMessages.TrancheCountReply;
import org.repatria.server.exchange.Exchange;
import org.repatria.server.route.AdmittedRequest;
import org.repatria.server.route.Route;

/**
 * The counts of a remains agreement on the desk (docs/decisions/0172): totals, each tranche's counts by stage, running
 * totals, each difference where it arises with the bags that explain it, and a form for each count the caller's side
 * states (signed with the key the server holds for it). The same {@link Exchange} methods as the API; a refusal shows
 * the page again with the reason, nothing stored.
 */
final class CountPages {
    private static final String HOME = "/desk/agreements";
    private static final String STAGE = "counts.stage.";
    private static final String MEASURE = "counts.measure.";
    private static final String FINDING = "counts.finding.";
    private final Exchange exchange;
    private final PageFactory pages;
    private final Templates templates;

    CountPages(Exchange exchange, PageFactory pages, Templates templates) {
        this.exchange = exchange;
        this.pages = pages;
        this.templates = templates;
    }

    List<Route> routes() {
        return List.of(
                Route.desk(GET, HOME + "/{id}/counts", Rule.roles(Role.MEDIATOR, Role.PARTY_DESK, Role.IDENTIFICATION,
                        Role.OBSERVER), "A remains agreement's counts: per tranche and stage, running totals, differences"
                        + " and the bags that explain them", call -> show(call, Optional.empty())),
                Route.desk(POST, HOME + "/{id}/tranches/{number}/counts", Rule.roles(Role.PARTY_DESK), "State the caller's"
                        + " side's count of a remains tranche, signed with the key the server holds for it", this::state));
    }

    private void show(AdmittedRequest call, Optional<NegotiationViews.Problem> problem) {
        Account me = call.account();
        String id = call.ctx().pathParam("id");
        TallyReply tally = exchange.counts(me, id);
        Page page = pages.page(call.ctx(), call.identity(), "counts.title");
        Text t = page.t();
        Map<PartyId, String> names = pages.partyNames();
        List<CountViews.Tranche> tranches = new ArrayList<>();
        for (TrancheCountReply tr : tally.tranches()) {
            List<CountViews.Figures> counts = tr.counts().stream().map(c -> new CountViews.Figures(stage(t, c.stage()),
                    name(names, c.party()), c.persons(), c.bags(), c.samples())).toList();
            List<String> differences = tr.differences().stream().map(d -> t.format("counts.difference", stage(t, d.stage()),
                    name(names, d.party()), t.get(MEASURE + d.measure()), d.stated(), (d.delta() > 0 ? "+" : "") + d.delta(),
                    stage(t, d.against()), d.earlier())).toList();
            List<String> bags = tr.findings().stream().map(f -> t.format(FINDING + f.kind(), f.bag(),
                    f.countedIn())).toList();
            tranches.add(new CountViews.Tranche(tr.tranche(), name(names, tr.handing()), name(names, tr.receiving()), counts,
                    figures(t, tr.running()), differences, bags, form(me, id, tr, t)));
        }
        templates.render(call.ctx(), "counts.jte", new CountViews.Counts(page, id, HOME + "/" + id,
                figures(t, tally.totals()), tranches, problem));
    }

    private void state(AdmittedRequest call) {
        String id = call.ctx().pathParam("id");
        int number = call.pathNumber("number");
        try {
            exchange.stateCountWithServerHeldKey(call.account(), id, number, new CountRequest(field(call, "stage"),
                    field(call, "persons"), field(call, "bags"), field(call, "samples")));
        } catch (HttpProblem refused) {
            show(call, Optional.of(NegotiationViews.Problem.shown(call.ctx(), refused)));
            return;
        }
        call.ctx().redirect(HOME + "/" + id + "/counts#tranche-" + number, HttpStatus.SEE_OTHER);
    }

    /** The stages the caller's side states on this tranche and has not stated yet; empty for anyone but a side's desk. */
    private static Optional<CountViews.Form> form(Account me, String id, TrancheCountReply tr, Text t) {
        if (me.role() != Role.PARTY_DESK) {
            return Optional.empty();
        }
        List<String> mine = me.party().value().equals(tr.handing()) ? List.of("declared")
                : me.party().value().equals(tr.receiving()) ? List.of("crossing", "morgue") : List.of();
        List<String> stated = tr.counts().stream().map(StageCountReply::stage).toList();
        List<CrossingViews.Option> open = mine.stream().filter(s -> !stated.contains(s))
                .map(s -> new CrossingViews.Option(s, stage(t, s))).toList();
        return open.isEmpty() ? Optional.empty()
                : Optional.of(new CountViews.Form(HOME + "/" + id + "/tranches/" + tr.tranche() + "/counts", open));
    }

    private static List<CountViews.Figures> figures(Text t, List<FiguresReply> figures) {
        return figures.stream().map(f -> new CountViews.Figures(stage(t, f.stage()), "", f.persons(), f.bags(), f.samples()))
                .toList();
    }

    private static String stage(Text t, String token) {
        return t.get(STAGE + token);
    }

    private static String name(Map<PartyId, String> names, String party) {
        return party.isEmpty() ? "" : names.getOrDefault(new PartyId(party), party);
    }

    private static String field(AdmittedRequest call, String name) {
        return Optional.ofNullable(call.ctx().formParam(name)).orElse("").strip();
    }
}
