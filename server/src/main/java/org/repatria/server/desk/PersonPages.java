package org.repatria.server.desk;

import static org.repatria.server.route.Method.GET;
import static org.repatria.server.route.Method.POST;

import io.javalin.http.HttpStatus;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.repatria.core.account.Role;
import org.repatria.core.party.PartyId;
import org.repatria.server.access.Rule;
import org.repatria.server.dossier.Dossiers;
import org.repatria.server.error.HttpProblem;
import org.repatria.server.person.Correction;
import org.repatria.server.person.FoundPerson;
import org.repatria.server.person.PersonFile;
import org.repatria.server.person.PersonRow;
import org.repatria.server.person.Persons;
import org.repatria.server.person.RowLink;
import org.repatria.server.route.AdmittedRequest;
import org.repatria.server.route.Route;
import org.repatria.server.reads.Reads;
import org.repatria.store.person.PersonVerdict;

/** The person search (the box on every page) and the person's page: rows, links with reasons, a reviewer's correction. */
final class PersonPages {
    private static final String HOME = "/desk/persons";
    private static final int RESULTS = PersonViews.MOST_SHOWN;
    private final Persons persons;
    private final Dossiers dossiers;
    private final Clock clock;
    private final PageFactory pages;
    private final Templates templates;

    PersonPages(Persons persons, Dossiers dossiers, Clock clock, PageFactory pages, Templates templates) {
        this.persons = persons;
        this.dossiers = dossiers;
        this.clock = clock;
        this.pages = pages;
        this.templates = templates;
    }

    List<Route> routes() {
        return List.of(
                Route.desk(GET, HOME, Rule.signedIn(), "Find a person across every list the caller may read, in any script",
                        this::search),
                Route.desk(GET, HOME + "/{id}", Rule.signedIn(),
                        "One person: the rows the caller may read, links with reasons, proposed links",
                        call -> show(call, call.ctx().pathParam("id"), Optional.empty())),
                Route.desk(POST, HOME + "/{id}/corrections", Rule.roles(Role.MEDIATOR, Role.PARTY_DESK),
                        "Confirm a proposed link or split a wrong one, with why; recorded", this::correct));
    }

    private void search(AdmittedRequest call) {
        Page page = pages.page(call.ctx(), call.identity(), "persons.title");
        String q = Optional.ofNullable(call.ctx().queryParam("q")).orElse("").strip();
        if (q.isEmpty()) {
            templates.render(call.ctx(), "persons.jte", new PersonViews.Search(page, "", false, List.of(), Optional.empty()));
            return;
        }
        try {
            Map<PartyId, String> names = pages.partyNames();
            List<FoundPerson> hits = persons.search(call.account(), q, RESULTS);
            Reads.rows(call, hits.stream().map(FoundPerson::id).toList(), hits.stream().flatMap(p -> p.rows().stream()).map(r -> r.list().header()).toList());
            List<PersonViews.Found> found = hits.stream().map(p -> found(p, names)).toList();
            templates.render(call.ctx(), "persons.jte", new PersonViews.Search(page, q, true, found, Optional.empty()));
        } catch (HttpProblem e) {
            if (e.status() != 400) {
                throw e;
            }
            call.ctx().status(400);
            templates.render(call.ctx(), "persons.jte", new PersonViews.Search(page.refusing("invalid"), q, false, List.of(),
                    Optional.of(said(page.t(), call, e))));
        }
    }

    private static PersonViews.Found found(FoundPerson p, Map<PartyId, String> names) {
        Map<String, PersonViews.OnList> lists = new LinkedHashMap<>();
        for (PersonRow r : p.rows()) {
            var h = r.list().header();
            lists.putIfAbsent(h.id().toString(), new PersonViews.OnList("/desk/lists/" + h.id(), h.title(),
                    names.getOrDefault(h.author(), h.author().value())));
        }
        return new PersonViews.Found(HOME + "/" + p.id(), p.names(), List.copyOf(lists.values()));
    }

    private void show(AdmittedRequest call, String id, Optional<String> error) {
        PersonFile file = persons.find(call.account(), id);
        Reads.rows(call, List.of(file.id()), file.rows().stream().map(r -> r.list().header()).toList());
        Page page = pages.page(call.ctx(), call.identity(), "person.title");
        Text t = page.t();
        Map<PartyId, String> names = pages.partyNames();
        Role role = call.account().role();
        templates.render(call.ctx(), "person.jte", new PersonViews.OnePerson(error.isPresent() ? page.refusing("invalid") : page,
                file.id(), HOME + "/" + file.id(), file.names(),
                file.rows().stream().map(r -> row(r, t, names)).toList(),
                file.links().stream().map(l -> link(l, t, names)).toList(),
                file.proposed().stream().map(l -> link(l, t, names)).toList(),
                file.verdicts().stream().map(v -> verdict(v, t)).toList(),
                role == Role.MEDIATOR || role == Role.PARTY_DESK, dossiers.of(call.account(),
                        file.rows().stream().map(PersonRow::ref).toList()), error));
    }

    private void correct(AdmittedRequest call) {
        String id = call.ctx().pathParam("id");
        var f = call.ctx();
        try {
            String now = persons.correct(call.account(), id, new Correction(f.formParam("a_list"), f.formParam("a_row"),
                    f.formParam("b_list"), f.formParam("b_row"), f.formParam("verdict"), f.formParam("reason")), clock.instant());
            call.ctx().redirect(HOME + "/" + now, HttpStatus.SEE_OTHER);
        } catch (HttpProblem e) {
            if (e.status() != 400 && e.status() != 409) {
                throw e;
            }
            call.ctx().status(e.status());
            show(call, id, Optional.of(said(new Text(Language.of(call.ctx(), "https".equals(call.ctx().scheme()))), call, e)));
        }
    }

    /**
     * A refused search or correction in the reader's words: what a reader typed (the query, the reason) or a stale page
     * (two rows already one person, or two) said by its field; anything else as the API says it.
     */
    private static String said(Text t, AdmittedRequest call, HttpProblem e) {
        return switch (e.field().orElse("")) {
            case "q" -> t.format("person.problem.q", Persons.MAX_QUERY, Persons.MAX_WORDS);
            case "reason" -> t.format("person.problem.reason", PersonVerdict.MAX_REASON);
            case "verdict" -> t.get("person.problem.verdict");
            case "a_row", "b_row" -> t.get("person.problem.row");
            default -> RefusalText.said(call.ctx(), e);
        };
    }

    private static PersonViews.RowLine row(PersonRow r, Text t, Map<PartyId, String> names) {
        var h = r.list().header();
        var p = r.row();
        String latin = p.latin().full().equals(p.name().full()) ? "" : p.latin().full();
        return new PersonViews.RowLine("/desk/lists/" + h.id(), h.id().toString(), h.title(),
                names.getOrDefault(h.author(), h.author().value()), p.rowId(), p.name().full(), latin, t.of("sex", p.sex()),
                p.birthDate().iso(), p.birthPlace(), p.militaryId(), p.unit());
    }

    private static PersonViews.LinkLine link(RowLink l, Text t, Map<PartyId, String> names) {
        List<PersonViews.ReasonLine> reasons = l.why().contributions().stream().map(c -> new PersonViews.ReasonLine(
                MatchViews.field(t, c.field()), MatchViews.level(t, c.level()), MatchViews.bits(c.log2BayesFactor()),
                MatchViews.x(c.log2BayesFactor()), MatchViews.width(c.log2BayesFactor()), c.log2BayesFactor() >= 0)).toList();
        return new PersonViews.LinkLine(row(l.a(), t, names), row(l.b(), t, names), MatchViews.percent(l.probability()),
                l.confirmed(), l.otherPerson().map(o -> HOME + "/" + o).orElse(""), reasons);
    }

    private static PersonViews.VerdictLine verdict(PersonVerdict v, Text t) {
        return new PersonViews.VerdictLine(t.when(v.at()), v.decidedBy(),
                t.get(v.same() ? "person.verdict.same" : "person.verdict.different"),
                v.a().rowId(), v.b().rowId(), v.reason());
    }
}
