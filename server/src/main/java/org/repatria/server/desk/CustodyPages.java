package org.repatria.server.desk;

import static org.repatria.server.route.Method.GET;
import static org.repatria.server.route.Method.POST;

import io.javalin.http.HttpStatus;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.repatria.core.account.Account;
import org.repatria.core.account.Role;
import org.repatria.core.handover.CustodyStep;
import org.repatria.core.party.PartyId;
import org.repatria.server.access.Rule;
import org.repatria.server.error.HttpProblem;
import org.repatria.server.exchange.Exchange;
import org.repatria.server.exchange.TrancheMessages.CustodyReply;
import org.repatria.server.exchange.TrancheMessages.CustodyRequest;
import org.repatria.server.exchange.TrancheMessages.ManifestLine;
import org.repatria.server.exchange.TrancheMessages.ManifestReply;
import org.repatria.server.route.AdmittedRequest;
import org.repatria.server.route.Route;

/**
 * A received body bag's chain of custody on the desk: the crossing, the receipt and each step the receiving side added;
 * the receiving side adds stored, sampled or returned, and its identification unit an identification, choosing whom
 * from the persons the side received. The same {@link Exchange} methods as the API; a refusal shows the page again.
 */
final class CustodyPages {
    private static final String HOME = "/desk/agreements";
    private final Exchange exchange;
    private final PageFactory pages;
    private final Templates templates;

    CustodyPages(Exchange exchange, PageFactory pages, Templates templates) {
        this.exchange = exchange;
        this.pages = pages;
        this.templates = templates;
    }

    List<Route> routes() {
        Rule custodians = Rule.roles(Role.PARTY_DESK, Role.IDENTIFICATION);
        return List.of(
                Route.desk(GET, HOME + "/{id}/custody/{tag}", custodians, "A received body bag's chain of custody",
                        call -> custody(call, Optional.empty())),
                Route.desk(POST, HOME + "/{id}/custody/{tag}", custodians, "Add a step to a received body bag's chain of"
                        + " custody (stored, sampled, identified, returned)", this::addCustody));
    }

    private void custody(AdmittedRequest call, Optional<NegotiationViews.Problem> problem) {
        Account me = call.account();
        String id = call.ctx().pathParam("id");
        String tag = call.ctx().pathParam("tag");
        CustodyReply c = exchange.custody(me, id, tag);
        Page page = pages.page(call.ctx(), call.identity(), "custody.title");
        Text t = page.t();
        Map<PartyId, String> names = pages.partyNames();
        ManifestReply manifest = exchange.manifest(me, id, c.tranche());
        List<ManifestLine> received = manifest.lines().stream().filter(l -> l.to().equals(me.party().value())).toList();
        String label = name(manifest.lines(), c.labelList(), c.labelRow());
        boolean keeps = received.stream().anyMatch(l -> l.list().equals(c.labelList()) && l.row().equals(c.labelRow()));
        List<CrossingViews.Step> steps = c.steps().stream().map(s -> new CrossingViews.Step(
                CrossingWords.custody(t, s.kind()), names.getOrDefault(new PartyId(s.party()), s.party()),
                CrossingWords.note(t, s.where()), CrossingWords.note(t, s.note()),
                t.when(s.at()))).toList();
        // An identification moves the person to identified, which the lifecycle leaves to the identification unit.
        boolean unit = me.role() == Role.IDENTIFICATION;
        List<CrossingViews.Option> kinds = (unit ? List.of(CustodyStep.Kind.STORED, CustodyStep.Kind.SAMPLED,
                CustodyStep.Kind.IDENTIFIED, CustodyStep.Kind.RETURNED) : List.of(CustodyStep.Kind.STORED,
                CustodyStep.Kind.SAMPLED, CustodyStep.Kind.RETURNED)).stream()
                .map(k -> new CrossingViews.Option(k.name(), CrossingWords.custody(t, k.name()))).toList();
        List<CrossingViews.Option> persons = !unit ? List.of() : received.stream().map(l -> new CrossingViews.Option(
                l.list() + "/" + l.row(), l.name() + (l.bodyTag().isEmpty() ? "" : " · " + l.bodyTag()))).toList();
        templates.render(call.ctx(), "custody.jte", new CrossingViews.Custody(page, id, c.bodyTag(), c.tranche(), label, steps,
                c.identifiedList().isEmpty() ? "" : name(manifest.lines(), c.identifiedList(), c.identifiedRow()),
                c.mislabelled(), keeps, HOME + "/" + id + "/custody/" + Page.enc(c.bodyTag()), kinds, persons,
                HOME + "/" + id + "/tranches/" + c.tranche(), problem));
    }

    private void addCustody(AdmittedRequest call) {
        String id = call.ctx().pathParam("id");
        String tag = call.ctx().pathParam("tag");
        String person = field(call, "identified");
        int slash = person.indexOf('/');
        try {
            exchange.recordCustody(call.account(), id, new CustodyRequest(tag, field(call, "kind"), field(call, "where"),
                    field(call, "note"), slash < 0 ? "" : person.substring(0, slash), slash < 0 ? "" : person.substring(slash + 1)));
        } catch (HttpProblem refused) {
            custody(call, Optional.of(NegotiationViews.Problem.shown(call.ctx(), refused)));
            return;
        }
        call.ctx().redirect(HOME + "/" + id + "/custody/" + Page.enc(tag), HttpStatus.SEE_OTHER);
    }

    private static String name(List<ManifestLine> lines, String list, String row) {
        return lines.stream().filter(l -> l.list().equals(list) && l.row().equals(row)).map(ManifestLine::name).findFirst()
                .orElse(row);
    }

    private static String field(AdmittedRequest call, String name) {
        return Optional.ofNullable(call.ctx().formParam(name)).orElse("").strip();
    }


}
