package org.repatria.server.identification;

import static org.repatria.server.route.Method.GET;
import static org.repatria.server.route.Method.POST;

import java.util.List;
import java.util.Optional;
import org.repatria.core.account.Role;
import org.repatria.server.access.ListAccess;
import org.repatria.server.access.Rule;
import org.repatria.server.api.ApiJson;
import org.repatria.server.error.HttpProblem;
import org.repatria.server.route.AdmittedRequest;
import org.repatria.server.route.Param;
import org.repatria.server.route.Route;
import org.repatria.server.reads.Reads;
import org.repatria.store.genetic.CaseFiles;
import org.repatria.store.genetic.GeneticCase;

/** The identification unit's JSON routes (IDENTIFICATION only), and the identified-rows read path for list readers. */
public final class IdentificationApi {
    private static final String CASES = "/api/v1/identification/cases";
    private final Identifications dna;
    private final ListAccess access;

    public IdentificationApi(Identifications dna, ListAccess access) {
        this.dna = dna;
        this.access = access;
    }

    public List<Route> routes() {
        Rule unit = Rule.roles(Role.IDENTIFICATION);
        return List.of(
                Route.api(GET, CASES, unit, "The DNA cases of the caller's party, newest first",
                        call -> call.ctx().json(dna.cases(call.account()))).withReplies(GeneticCase.class),
                Route.api(POST, CASES, unit, "Load a DNA case from the kinship CSV texts; stored whole or not at all",
                        this::create).withBody(CaseUpload.class).withReply(GeneticCase.class),
                Route.api(GET, CASES + "/{id}", unit,
                        "A case reviewed: candidates per remains and per missing person, flags, decisions",
                        this::review).withReply(CaseReview.class),
                Route.api(POST, CASES + "/{id}/search", unit, "Start the case's kinship search in the background (202)",
                        this::search).withBody(SearchRequest.class),
                Route.api(POST, CASES + "/{id}/joint", unit, "Start the case's joint search (dvir's joint DVI) in the background (202)",
                        this::joint).withBody(JointRequest.class).withReply(JointReply.class),
                Route.api(GET, CASES + "/{id}/joint", unit,
                        "The case's joint search: progress, or the pairs assigned with posteriors and the missing left unidentified",
                        this::jointState).withReply(JointReply.class),
                Route.api(GET, CASES + "/{id}/candidate", unit, "One remains against one missing person: LR per marker, pedigree",
                        this::candidate).withQuery(new Param("remains", "string", "remains sample id"),
                                new Param("family", "string", "family id"), new Param("missing", "string", "missing person's member id"))
                        .withReply(Candidate.class),
                Route.api(GET, CASES + "/{id}/request-rows", unit,
                        "The request rows a confirmation of this missing person may name (rows of the party's request lists"
                                + " of remains whose id or military id is the missing person's or the family's)",
                        this::requestRows)
                        .withQuery(new Param("family", "string", "family id"),
                                new Param("missing", "string", "missing person's member id"))
                        .withReplies(RequestRow.class),
                Route.api(GET, CASES + "/{id}/bags", unit, "The body bags the case's confirmed remains samples were"
                        + " taken from (issue 16)", call -> call.ctx().json(dna.bags(call.account(), call.ctx().pathParam("id"))))
                        .withReplies(SampleBag.class),
                Route.api(POST, CASES + "/{id}/decisions", unit, "Confirm or reject an identification; a confirmation is final",
                        call -> call.ctx().status(201).json(dna.decide(call.account(), call.ctx().pathParam("id"),
                                ApiJson.read(call.ctx(), DecisionRequest.class)))).withBody(DecisionRequest.class),
                Route.api(GET, "/api/v1/lists/{id}/identified", Rule.signedIn(),
                        "Row ids of a readable list that the caller's own party's unit confirmed as identified (no genetic data)",
                        call -> call.ctx().json(new Identified(dna.identifiedRows(call.account(),
                                access.require(call.account(), call.ctx().pathParam("id")))))).withReply(Identified.class));
    }

    /** The reply of the identified-rows read path. */
    public record Identified(List<String> rowIds) {
    }

    private void review(AdmittedRequest call) {
        CaseReview review = dna.review(call.account(), call.ctx().pathParam("id"));
        Reads.genetic(call, List.of(call.ctx().pathParam("id")), review.remains().size() + review.missing().size());
        call.ctx().json(review);
    }

    private void requestRows(AdmittedRequest call) {
        List<RequestRow> rows = dna.requestRows(call.account(), call.ctx().pathParam("id"), call.ctx().queryParam("family"),
                call.ctx().queryParam("missing")).stream().map(RequestRow::of).toList();
        Reads.persons(call, List.of(call.ctx().pathParam("id")), rows.size());
        call.ctx().json(rows);
    }

    private void create(AdmittedRequest call) {
        CaseUpload u = ApiJson.read(call.ctx(), CaseUpload.class);
        GeneticCase c = dna.create(call.account(), u.title(),
                new CaseFiles(u.frequencies(), u.profiles(), u.remains(), u.pedigrees(),
                        Optional.ofNullable(u.mutations()).filter(m -> !m.isBlank())));
        call.ctx().status(201).header("Location", CASES + "/" + c.id()).json(c);
    }

    private void search(AdmittedRequest call) {
        SearchRequest r = ApiJson.read(call.ctx(), SearchRequest.class);
        dna.search(call.account(), call.ctx().pathParam("id"), Optional.ofNullable(r.minLog10Lr()).orElse(Identifications.DEFAULT_MIN_LOG10_LR),
                Optional.ofNullable(r.theta()).orElse(Identifications.DEFAULT_THETA));
        call.ctx().status(202).json(dna.require(call.account(), call.ctx().pathParam("id")));
    }

    private void joint(AdmittedRequest call) {
        JointRequest r = ApiJson.read(call.ctx(), JointRequest.class);
        String id = call.ctx().pathParam("id");
        dna.jointSearch(call.account(), id, Optional.ofNullable(r.limit()).orElse(0.0));
        call.ctx().status(202).json(JointReply.of(dna.joint(call.account(), id)));
    }

    private void jointState(AdmittedRequest call) {
        JointReply reply = JointReply.of(dna.joint(call.account(), call.ctx().pathParam("id")));
        Reads.genetic(call, List.of(call.ctx().pathParam("id")), reply.pairs().size() + reply.unidentified().size());
        call.ctx().json(reply);
    }

    private void candidate(AdmittedRequest call) {
        var q = call.ctx();
        String remains = Optional.ofNullable(q.queryParam("remains")).orElseThrow(() -> HttpProblem.invalid("remains", "is required"));
        Candidate c = dna.candidate(call.account(), q.pathParam("id"), remains, q.queryParam("family"), q.queryParam("missing"));
        Reads.genetic(call, List.of(q.pathParam("id"), c.remainsId(), c.familyId(), c.missingId()), 1);
        call.ctx().json(c);
    }
}
