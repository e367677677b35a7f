package org.repatria.server.desk;

import static org.repatria.server.route.Method.GET;
import static org.repatria.server.route.Method.POST;

import io.javalin.http.HttpStatus;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.repatria.core.account.Account;
import org.repatria.core.account.Role;
import org.repatria.core.handover.RemainsCount;
import org.repatria.core.party.PartyId;
import org.repatria.server.access.Rule;
import org.repatria.server.error.HttpProblem;
import org.repatria.server.exchange.BagSamples;
import org.repatria.server.exchange.Exchange;
import org.repatria.server.exchange.SampleMessages;
import org.repatria.server.exchange.TrancheMessages.ManifestLine;
import org.repatria.server.route.AdmittedRequest;
import org.repatria.server.route.Route;

/**
 * Samples on the desk (issue 16): an agreement's counts (persons, bags, samples), the persons samples were identified
 * as with every bag they were found in, and the receiving unit's form and CSV upload; a bag's page with its samples,
 * their chains and the unit's step form. The same {@link BagSamples} methods as the API; a refusal shows the page again.
 */
final class SamplePages {
    private static final String HOME = "/desk/agreements/";
    private final Exchange exchange;
    private final BagSamples samples;
    private final PageFactory pages;
    private final Templates templates;

    SamplePages(Exchange exchange, PageFactory pages, Templates templates) {
        this.exchange = exchange;
        this.samples = exchange.samples();
        this.pages = pages;
        this.templates = templates;
    }

    List<Route> routes() {
        Rule readers = Rule.roles(Role.MEDIATOR, Role.PARTY_DESK, Role.IDENTIFICATION);
        Rule unit = Rule.roles(Role.IDENTIFICATION);
        return List.of(
                Route.desk(GET, HOME + "{id}/samples", readers, "An agreement's remains counted as persons, bags and samples,"
                        + " and the bags each identified person was found in", call -> agreement(call, Optional.empty())),
                Route.desk(POST, HOME + "{id}/samples", unit, "Record a sample taken from a received bag", this::takeOne),
                Route.desk(POST, HOME + "{id}/samples/upload", unit, "Record samples from a CSV file", this::upload),
                Route.desk(GET, HOME + "{id}/bags/{tag}", readers, "A body bag's samples and what each was identified as",
                        call -> bag(call, Optional.empty())),
                Route.desk(POST, HOME + "{id}/bags/{tag}/samples/{sample}", unit, "Add a step to a sample's chain (sent,"
                        + " typed, identified)", this::step));
    }

    private void agreement(AdmittedRequest call, Optional<NegotiationViews.Problem> problem) {
        Account me = call.account();
        String id = call.ctx().pathParam("id");
        SampleMessages.CountReply count = samples.count(me, id);
        Page page = pages.page(call.ctx(), call.identity(), "samples.title");
        Text t = page.t();
        Received received = received(me, id, count.tranches().stream().map(SampleMessages.TrancheCount::tranche).toList());
        List<SampleViews.Count> tranches = count.tranches().stream()
                .map(c -> count(t.format("agreement.tranche", c.tranche()), c.count())).toList();
        List<SampleViews.Person> persons = samples.persons(me, id).stream().map(p -> new SampleViews.Person(
                received.names().getOrDefault(p.list() + "/" + p.row(), p.row()), p.bags().stream()
                .map(b -> bagLink(id, b.bodyTag(), b.tranche())).toList())).toList();
        List<String> taken = Optional.ofNullable(call.ctx().queryParam("taken")).stream().toList();
        templates.render(call.ctx(), "samples.jte", new SampleViews.Agreement(page, id, count(t.get("samples.all"),
                count.total()), tranches, persons, received.bags(), received.records(), problem, taken));
    }

    private void bag(AdmittedRequest call, Optional<NegotiationViews.Problem> problem) {
        Account me = call.account();
        String id = call.ctx().pathParam("id");
        SampleMessages.BagReply bag = samples.bag(me, id, call.ctx().pathParam("tag"));
        Page page = pages.page(call.ctx(), call.identity(), "samples.bag.title");
        Text t = page.t();
        Map<PartyId, String> parties = pages.partyNames();
        Received received = received(me, id, List.of(bag.tranche()));
        String href = HOME + id + "/bags/" + Page.enc(bag.bodyTag());
        List<SampleViews.Sample> rows = bag.samples().stream().map(s -> new SampleViews.Sample(s.sampleId(),
                s.identifiedRow().isEmpty() ? "" : received.names().getOrDefault(s.identifiedList() + "/" + s.identifiedRow(),
                        s.identifiedRow()), s.steps().stream().map(x -> new SampleViews.Step(SampleWords.kind(t, x.kind()),
                        parties.getOrDefault(new PartyId(x.party()), x.party()), x.where(), x.note(), x.caseId(),
                        t.when(x.at()))).toList(), href + "/samples/" + Page.enc(s.sampleId()))).toList();
        templates.render(call.ctx(), "bag.jte", new SampleViews.BagPage(page, id, bag.bodyTag(), bag.tranche(),
                bag.labelRow().isEmpty() ? "" : received.names().getOrDefault(bag.labelList() + "/" + bag.labelRow(),
                        bag.labelRow()), rows, received.records(), received.persons(), HOME + id + "/samples",
                HOME + id + "/custody/" + Page.enc(bag.bodyTag()), problem));
    }

    private void takeOne(AdmittedRequest call) {
        String id = call.ctx().pathParam("id");
        String tag = field(call, "body_tag");
        try {
            samples.take(call.account(), id, List.of(new SampleMessages.TakeRow(field(call, "sample_id"), tag,
                    field(call, "where"), field(call, "note"))));
        } catch (HttpProblem refused) {
            agreement(call, Optional.of(NegotiationViews.Problem.shown(call.ctx(), refused)));
            return;
        }
        call.ctx().redirect(HOME + id + "/bags/" + Page.enc(tag), HttpStatus.SEE_OTHER);
    }

    private void upload(AdmittedRequest call) {
        String id = call.ctx().pathParam("id");
        int taken;
        try {
            byte[] csv = FormFiles.read(call.ctx(), "file").filter(b -> b.length > 0)
                    .orElseThrow(() -> HttpProblem.invalid("file", "choose a CSV file (sample_id,body_tag[,where,note])"));
            taken = samples.takeCsv(call.account(), id, csv).size();
        } catch (HttpProblem refused) {
            agreement(call, Optional.of(NegotiationViews.Problem.shown(call.ctx(), refused)));
            return;
        }
        call.ctx().redirect(HOME + id + "/samples?taken=" + taken, HttpStatus.SEE_OTHER);
    }

    private void step(AdmittedRequest call) {
        String id = call.ctx().pathParam("id");
        String tag = call.ctx().pathParam("tag");
        String person = field(call, "identified");
        int slash = person.indexOf('/');
        try {
            samples.step(call.account(), id, call.ctx().pathParam("sample"), new SampleMessages.StepRequest(field(call, "kind"),
                    field(call, "where"), field(call, "note"), field(call, "case_id"),
                    slash < 0 ? "" : person.substring(0, slash), slash < 0 ? "" : person.substring(slash + 1)));
        } catch (HttpProblem refused) {
            bag(call, Optional.of(NegotiationViews.Problem.shown(call.ctx(), refused)));
            return;
        }
        call.ctx().redirect(HOME + id + "/bags/" + Page.enc(tag), HttpStatus.SEE_OTHER);
    }

    /** What the manifests of the tranches say: names by list/row, the bags, who may record and whom they may name. */
    private record Received(Map<String, String> names, List<SampleViews.Bag> bags, boolean records,
                            List<CrossingViews.Option> persons) {
    }

    private Received received(Account me, String id, List<Integer> tranches) {
        Map<String, String> names = new LinkedHashMap<>();
        List<SampleViews.Bag> bags = new ArrayList<>();
        List<CrossingViews.Option> persons = new ArrayList<>();
        boolean receives = false;
        for (int tranche : tranches) {
            for (ManifestLine l : exchange.manifest(me, id, tranche).lines()) {
                names.put(l.list() + "/" + l.row(), l.name());
                if (!l.bodyTag().isEmpty()) {
                    bags.add(bagLink(id, l.bodyTag(), tranche));
                }
                if (l.to().equals(me.party().value())) {
                    receives = true;
                    persons.add(new CrossingViews.Option(l.list() + "/" + l.row(), l.name()
                            + (l.bodyTag().isEmpty() ? "" : " · " + l.bodyTag())));
                }
            }
        }
        return new Received(names, bags, receives && me.role() == Role.IDENTIFICATION, persons);
    }

    private static SampleViews.Bag bagLink(String id, String tag, int tranche) {
        return new SampleViews.Bag(tag, tranche, HOME + id + "/bags/" + Page.enc(tag));
    }

    private static SampleViews.Count count(String label, RemainsCount c) {
        return new SampleViews.Count(label, c.persons(), c.bags(), c.samples());
    }

    private static String field(AdmittedRequest call, String name) {
        return Optional.ofNullable(call.ctx().formParam(name)).orElse("").strip();
    }
}
