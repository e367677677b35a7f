package org.repatria.server.desk;

import static org.repatria.server.route.Method.GET;
import static org.repatria.server.route.Method.POST;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.repatria.core.account.Account;
import org.repatria.core.account.Role;
import org.repatria.core.agreement.Health;
import org.repatria.core.agreement.HealthHint;
import org.repatria.core.person.DetailField;
import org.repatria.core.person.DetailValue;
import org.repatria.core.person.Person;
import org.repatria.server.access.ChildRecords;
import org.repatria.server.access.ListAccess;
import org.repatria.server.access.Rule;
import org.repatria.server.access.VisibleList;
import org.repatria.server.error.HttpProblem;
import org.repatria.server.exchange.AgreementMessages.NominationReply;
import org.repatria.server.exchange.AgreementMessages.NominationRequest;
import org.repatria.server.exchange.AgreementMessages.NomineeRequest;
import org.repatria.server.exchange.AgreementMessages.AgreementReply;
import org.repatria.server.exchange.Exchange;
import org.repatria.server.route.AdmittedRequest;
import org.repatria.server.route.Route;
import org.repatria.store.Store;
import org.repatria.store.child.RecordPart;
import org.repatria.store.list.RowQuery;
import org.repatria.store.list.RowSort;

/**
 * Nominating on the desk: a side picks one of its own lists, filters it, selects rows (or all shown) with each row's
 * health class; every nomination then shows its eligibility verdict with the reason and its tie to the other side's
 * request row where a confirmed match links them.
 */
final class NominationPages {
    private static final String HOME = "/desk/agreements";
    private static final int SHOWN = 200;
    private final Exchange exchange;
    private final Store store;
    private final ListAccess access;
    private final ChildRecords children;
    private final PageFactory pages;
    private final Templates templates;

    NominationPages(Exchange exchange, Store store, ListAccess access, PageFactory pages, Templates templates,
                    ChildRecords children) {
        this.children = children;
        this.exchange = exchange;
        this.store = store;
        this.access = access;
        this.pages = pages;
        this.templates = templates;
    }

    List<Route> routes() {
        String path = HOME + "/{id}/nominations";
        return List.of(
                Route.desk(GET, path, Rule.roles(Role.MEDIATOR, Role.PARTY_DESK), "Nominations with verdicts and request"
                        + " links; for a side, its lists' rows to nominate", call -> show(call, Optional.empty())),
                Route.desk(POST, path, Rule.roles(Role.PARTY_DESK), "Nominate selected rows of one of the side's lists",
                        this::nominate));
    }

    private void show(AdmittedRequest call, Optional<NegotiationViews.Problem> problem) {
        Account me = call.account();
        String id = call.ctx().pathParam("id");
        AgreementReply agreement = exchange.agreement(me, id);
        Page page = pages.page(call.ctx(), call.identity(), "nominations.title");
        List<NominationReply> made = exchange.nominations(me, id);
        boolean side = me.role() == Role.PARTY_DESK;
        // A children's list is offered only to the accounts that work children's cases (0147).
        List<VisibleList> own = side ? access.visible(me).stream().filter(v -> v.header().author().equals(me.party()))
                .filter(v -> children.mayReadPersons(me, v.header())).toList() : List.of();
        // After a refusal the form's list, filter and health classes are the ones the reader sent, not the defaults.
        Map<String, List<String>> typed = problem.map(NegotiationViews.Problem::typed).orElse(Map.of());
        String list = param(call.ctx(), "list").or(() -> first(typed, "list"))
                .orElse(own.isEmpty() ? "" : own.getFirst().header().id().toString());
        String filter = param(call.ctx(), "filter").or(() -> first(typed, "filter")).orElse("");
        Set<String> taken = made.stream().filter(n -> n.list().equals(list)).map(NominationReply::row)
                .collect(Collectors.toSet());
        List<Person> shown = own.stream().filter(v -> v.header().id().toString().equals(list)).findFirst()
                .map(v -> {
                    List<Person> rows = store.lists().rows(v.header().id(), new RowQuery(filter, RowSort.ROW, false, 0, SHOWN)).rows();
                    children.recordRead(me, v.header(), Optional.empty(), RecordPart.ROWS);
                    return rows;
                })
                .orElse(List.of());
        List<NominationReply> verdicts = shown.isEmpty() ? List.of() : exchange.previewNominations(me, id,
                new NominationRequest(list, shown.stream().map(p -> new NomineeRequest(p.rowId(), first(typed, "health-" + p.rowId())
                        .filter(h -> Arrays.stream(Health.values()).anyMatch(x -> x.token().equals(h)))
                        .orElse(HealthHint.of(p).token()), false)).toList()));
        List<NominationViews.Candidate> rows = new ArrayList<>();
        for (int i = 0; i < shown.size(); i++) {
            Person p = shown.get(i);
            NominationReply v = verdicts.get(i);
            rows.add(new NominationViews.Candidate(p.rowId(), p.name().full(), p.birthDate().iso(),
                    taken.contains(p.rowId()), v.health(), listHealth(p), v.eligible(), v.reason(), requestHref(v), v.requestRow()));
        }
        templates.render(call.ctx(), "nominations.jte", new NominationViews.Nominations(page, id, HOME + "/" + id,
                made.stream().map(n -> new NominationViews.Nominated(n, requestHref(n))).toList(),
                own.stream().map(v -> new NominationViews.Choice(v.header().id().toString(), v.header().title(),
                        v.header().id().toString().equals(list))).toList(), list, filter, rows, side,
                HOME + "/" + id + "/nominations", problem, new WaitingOn(exchange).agreement(me, agreement, page.t(),
                pages.partyNames())));
    }

    /** Nominates the ticked rows (or every row shown) in the order shown; a refusal stores nothing and says why. */
    private void nominate(AdmittedRequest call) {
        Context ctx = call.ctx();
        String list = Optional.ofNullable(ctx.formParam("list")).orElse("");
        boolean all = ctx.formParam("all") != null;
        Set<String> reserves = Set.copyOf(ctx.formParams("reserve"));
        List<NomineeRequest> nominees = (all ? ctx.formParams("shown") : ctx.formParams("row")).stream().map(r ->
                new NomineeRequest(r, Optional.ofNullable(ctx.formParam("health-" + r)).orElse("fit"),
                        reserves.contains(r))).toList();
        try {
            if (all) {
                // "All eligible": the rows shown whose verdict, with the health chosen for each, is eligible.
                Set<String> eligible = exchange.previewNominations(call.account(), ctx.pathParam("id"),
                        new NominationRequest(list, nominees)).stream().filter(NominationReply::eligible)
                        .map(NominationReply::row).collect(Collectors.toSet());
                nominees = nominees.stream().filter(n -> eligible.contains(n.row())).toList();
            }
            exchange.nominate(call.account(), ctx.pathParam("id"), new NominationRequest(list, nominees));
        } catch (HttpProblem refused) {
            Map<String, List<String>> typed = new TreeMap<>(ctx.formParamMap());
            typed.remove("_csrf");
            typed.putIfAbsent("row", List.of());
            show(call, Optional.of(NegotiationViews.Problem.shown(call.ctx(), refused).keeping(typed)));
            return;
        }
        ctx.redirect(HOME + "/" + ctx.pathParam("id") + "/nominations?list=" + Page.enc(list), HttpStatus.SEE_OTHER);
    }

    /** The other side's request row a match ties the person to, on that list's page; "" when none. */
    private static String requestHref(NominationReply n) {
        return n.requestList().isEmpty() ? "" : "/desk/lists/" + n.requestList() + "?filter=" + Page.enc(n.requestRow());
    }

    /** What the list itself says of the person's health (GC III art. 122), shown beside the class chosen from it. */
    private static String listHealth(Person p) {
        return p.details().get(DetailField.HEALTH).map(DetailValue::display).orElse("");
    }

    private static Optional<String> first(Map<String, List<String>> typed, String name) {
        return typed.getOrDefault(name, List.of()).stream().filter(s -> !s.isBlank()).findFirst();
    }

    private static Optional<String> param(Context ctx, String name) {
        return Optional.ofNullable(ctx.queryParam(name)).filter(s -> !s.isBlank());
    }
}
