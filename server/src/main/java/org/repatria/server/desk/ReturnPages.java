package org.repatria.server.desk;

import static org.repatria.server.route.Method.GET;
import static org.repatria.server.route.Method.POST;

import io.javalin.http.HttpStatus;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.repatria.core.account.Account;
import org.repatria.core.account.Role;
import org.repatria.core.party.PartyId;
import org.repatria.core.reunification.EscortRole;
import org.repatria.core.reunification.LegalStanding;
import org.repatria.server.access.Rule;
import org.repatria.server.error.HttpProblem;
import org.repatria.server.exchange.AgreementMessages.NominationReply;
import org.repatria.server.exchange.Exchange;
import org.repatria.server.exchange.TrancheMessages.OutcomeReply;
import org.repatria.server.reunification.ChildReturns;
import org.repatria.server.reunification.ReunificationMessages.EscortRequest;
import org.repatria.server.reunification.ReunificationMessages.GuardianCheckReply;
import org.repatria.server.reunification.ReunificationMessages.GuardianCheckRequest;
import org.repatria.server.reunification.ReunificationMessages.GuardianRequest;
import org.repatria.server.reunification.ReunificationMessages.ReunificationRequest;
import org.repatria.server.route.AdmittedRequest;
import org.repatria.server.route.Route;

/**
 * A child's return on the desk, one page per child handed over: the receiving side (or the mediator's delegate) records
 * the guardian check and who accompanied the child; the mediator signs the reunification record with the key the
 * server holds for it. The same {@link ChildReturns} methods as the API; a refusal shows the page again with its words.
 */
final class ReturnPages {
    private static final String HOME = "/desk/agreements";
    private static final String CHILD = HOME + "/{id}/tranches/{number}/children/{list}/{row}";
    private final Exchange exchange;
    private final ChildReturns returns;
    private final PageFactory pages;
    private final Templates templates;

    ReturnPages(Exchange exchange, ChildReturns returns, PageFactory pages, Templates templates) {
        this.exchange = exchange;
        this.returns = returns;
        this.pages = pages;
        this.templates = templates;
    }

    /** The page's address for child {@code list}/{@code row} of tranche {@code tranche}. */
    static String href(String id, int tranche, String list, String row) {
        return HOME + "/" + id + "/tranches/" + tranche + "/children/" + list + "/" + Page.enc(row);
    }

    List<Route> routes() {
        Rule desks = Rule.roles(Role.MEDIATOR, Role.PARTY_DESK);
        return List.of(
                Route.desk(GET, CHILD, desks, "A child handed over: the guardian check and the reunification",
                        call -> show(call, Optional.empty())),
                Route.desk(POST, CHILD + "/guardian-check", desks, "Record the guardian check of a child handed over and"
                        + " who accompanied the child", this::check),
                Route.desk(POST, CHILD + "/reunification", Rule.roles(Role.MEDIATOR), "Sign the child's reunification"
                        + " record with the mediator's server-held key and log it", this::reunify));
    }

    private void show(AdmittedRequest call, Optional<NegotiationViews.Problem> problem) {
        Account me = call.account();
        String id = call.ctx().pathParam("id");
        int tranche = number(call);
        String list = call.ctx().pathParam("list");
        String row = call.ctx().pathParam("row");
        OutcomeReply crossed = exchange.recorded(me, id, tranche).directions().stream().flatMap(d -> d.lines().stream())
                .filter(o -> o.line().list().equals(list) && o.line().row().equals(row)).findFirst()
                .orElseThrow(() -> HttpProblem.notFound("no child " + list + "/" + row + " in tranche " + tranche));
        Page page = pages.page(call.ctx(), call.identity(), "return.title");
        Text t = page.t();
        Map<PartyId, String> names = pages.partyNames();
        var agreement = exchange.agreement(me, id);
        boolean mediator = me.party().value().equals(agreement.mediator());
        boolean handedOver = crossed.outcome().equals("HANDED_OVER");
        String base = href(id, tranche, list, row);
        Optional<GuardianCheckReply> check = returns.guardianCheck(me, id, list, row);
        Optional<ReturnViews.CheckForm> checkForm = check.isEmpty() && handedOver
                && (mediator || me.party().value().equals(crossed.line().to()))
                ? Optional.of(new ReturnViews.CheckForm(base + "/guardian-check", options(t, "words.standing.",
                Arrays.stream(LegalStanding.values()).map(LegalStanding::token).toList()), options(t, "words.escort.",
                Arrays.stream(EscortRole.values()).map(EscortRole::token).toList()))) : Optional.empty();
        var reunified = returns.reunification(me, id, list, row).map(r -> new ReturnViews.Reunified(r.envelopeId(),
                "/desk/documents/" + r.envelopeId(), r.requestList() + "/" + r.requestRow(), t.when(r.at())));
        Optional<ReturnViews.ReunifyForm> reunifyForm = Optional.empty();
        if (mediator && reunified.isEmpty() && check.isPresent()) {
            Optional<NominationReply> n = exchange.nominations(me, id).stream()
                    .filter(x -> x.list().equals(list) && x.row().equals(row)).findFirst();
            reunifyForm = Optional.of(new ReturnViews.ReunifyForm(base + "/reunification",
                    n.map(NominationReply::requestList).orElse(""), n.map(NominationReply::requestRow).orElse(""),
                    returns.holdsKeyFor(me)));
        }
        templates.render(call.ctx(), "return.jte", new ReturnViews.Child(page, id, tranche, crossed.line().name(),
                names.getOrDefault(new PartyId(crossed.line().from()), crossed.line().from()),
                names.getOrDefault(new PartyId(crossed.line().to()), crossed.line().to()),
                CrossingWords.outcome(t, crossed.outcome()), HOME + "/" + id + "/tranches/" + tranche,
                check.map(c -> checked(t, c, names)), checkForm, reunified, reunifyForm, problem));
    }

    private void check(AdmittedRequest call) {
        String id = call.ctx().pathParam("id");
        try {
            returns.checkGuardian(call.account(), id, number(call), new GuardianCheckRequest(call.ctx().pathParam("list"),
                    call.ctx().pathParam("row"), new GuardianRequest(field(call, "guardian_name"), field(call, "document_type"),
                    field(call, "document_number"), field(call, "relation"), field(call, "standing"),
                    field(call, "standing_document")), new EscortRequest(field(call, "escort_name"),
                    field(call, "escort_role"), field(call, "escort_document"))));
        } catch (HttpProblem refused) {
            show(call, Optional.of(NegotiationViews.Problem.shown(call.ctx(), refused).keeping(call.ctx().formParamMap())));
            return;
        }
        call.ctx().redirect(href(id, number(call), call.ctx().pathParam("list"), call.ctx().pathParam("row")),
                HttpStatus.SEE_OTHER);
    }

    private void reunify(AdmittedRequest call) {
        String id = call.ctx().pathParam("id");
        try {
            returns.reunifyWithServerHeldKey(call.account(), id, number(call), new ReunificationRequest(
                    call.ctx().pathParam("list"), call.ctx().pathParam("row"), field(call, "request_list"),
                    field(call, "request_row"), null, null));
        } catch (HttpProblem refused) {
            show(call, Optional.of(NegotiationViews.Problem.shown(call.ctx(), refused).keeping(call.ctx().formParamMap())));
            return;
        }
        call.ctx().redirect(href(id, number(call), call.ctx().pathParam("list"), call.ctx().pathParam("row")),
                HttpStatus.SEE_OTHER);
    }

    private static ReturnViews.Checked checked(Text t, GuardianCheckReply c, Map<PartyId, String> names) {
        GuardianRequest g = c.guardian();
        return new ReturnViews.Checked(g.name(), g.documentType() + " " + g.documentNumber(), g.relation(),
                t.find("words.standing." + g.standing()).orElse(g.standing()), g.standingDocument(), c.escort().name(),
                t.find("words.escort." + c.escort().role()).orElse(c.escort().role()), c.escort().document(),
                names.getOrDefault(new PartyId(c.party()), c.party()) + " · " + c.by(), t.when(c.at()));
    }

    private static List<CrossingViews.Option> options(Text t, String prefix, List<String> tokens) {
        return tokens.stream().map(k -> new CrossingViews.Option(k, t.get(prefix + k))).toList();
    }

    private static int number(AdmittedRequest call) {
        try {
            return Integer.parseInt(call.ctx().pathParam("number"));
        } catch (NumberFormatException e) {
            throw HttpProblem.invalid("number", "give a tranche number from 1");
        }
    }

    private static String field(AdmittedRequest call, String name) {
        return Optional.ofNullable(call.ctx().formParam(name)).orElse("").strip();
    }
}
