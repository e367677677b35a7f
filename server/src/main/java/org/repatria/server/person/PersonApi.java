package org.repatria.server.person;

import static org.repatria.server.route.Method.GET;
import static org.repatria.server.route.Method.POST;

import java.time.Clock;
import java.util.List;
import org.repatria.core.account.Role;
import org.repatria.server.access.Rule;
import org.repatria.server.api.ApiJson;
import org.repatria.server.dossier.DossierReply;
import org.repatria.server.dossier.Dossiers;
import org.repatria.server.route.AdmittedRequest;
import org.repatria.server.route.Param;
import org.repatria.server.route.Query;
import org.repatria.server.route.Route;
import org.repatria.server.reads.Reads;

/** The persons' JSON routes: search in any script, one person, a reviewer's correction. */
public final class PersonApi {
    private static final String PERSONS = "/api/v1/persons";
    private static final int DEFAULT_LIMIT = 20;
    private final Persons persons;
    private final Dossiers dossiers;
    private final Clock clock;

    public PersonApi(Persons persons, Dossiers dossiers, Clock clock) {
        this.persons = persons;
        this.dossiers = dossiers;
        this.clock = clock;
    }

    public List<Route> routes() {
        return List.of(
                Route.api(GET, PERSONS, Rule.signedIn(),
                        "Persons across every list the caller may read, ranked: a name in Cyrillic or Latin, a birth date"
                                + " or year, a military id", this::search)
                        .withQuery(new Param("q", "string", "required: up to " + Persons.MAX_QUERY + " characters, "
                                        + Persons.MAX_WORDS + " words"),
                                new Param("limit", "integer", "1 to " + Persons.MAX_LIMIT + ", default " + DEFAULT_LIMIT))
                        .withReply(PersonReplies.Found.class),
                Route.api(GET, PERSONS + "/{id}", Rule.signedIn(),
                        "One person through the rows the caller may read: rows, links with reasons, proposed links, each row's dossier",
                        call -> call.ctx().json(detail(call, call.ctx().pathParam("id"))))
                        .withReply(PersonReplies.Detail.class),
                Route.api(POST, PERSONS + "/{id}/corrections", Rule.roles(Role.MEDIATOR, Role.PARTY_DESK),
                        "A reviewer's correction: confirm a proposed link (same) or split a wrong one (different), with why",
                        this::correct).withBody(Correction.class).withReply(PersonReplies.Detail.class));
    }

    private void search(AdmittedRequest call) {
        int limit = Query.integer(call.ctx(), "limit", DEFAULT_LIMIT, 1, Persons.MAX_LIMIT);
        List<FoundPerson> found = persons.search(call.account(), call.ctx().queryParam("q"), limit);
        Reads.rows(call, found.stream().map(FoundPerson::id).toList(), found.stream().flatMap(p -> p.rows().stream()).map(r -> r.list().header()).toList());
        call.ctx().json(PersonReplies.Found.of(found));
    }

    private void correct(AdmittedRequest call) {
        String id = persons.correct(call.account(), call.ctx().pathParam("id"), ApiJson.read(call.ctx(), Correction.class),
                clock.instant());
        call.ctx().status(201).json(detail(call, id));
    }

    private PersonReplies.Detail detail(AdmittedRequest call, String id) {
        PersonFile file = persons.find(call.account(), id);
        Reads.rows(call, List.of(file.id()), file.rows().stream().map(r -> r.list().header()).toList());
        return PersonReplies.Detail.of(file, DossierReply.of(dossiers.of(call.account(),
                file.rows().stream().map(PersonRow::ref).toList())));
    }
}
