package org.repatria.server.desk;

import static org.repatria.server.route.Method.GET;
import static org.repatria.server.route.Method.POST;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.repatria.core.account.Role;
import org.repatria.server.access.Rule;
import org.repatria.server.error.HttpProblem;
import org.repatria.server.identification.CaseReview;
import org.repatria.server.identification.DecisionRequest;
import org.repatria.server.identification.Identifications;
import org.repatria.server.route.AdmittedRequest;
import org.repatria.server.route.Route;
import org.repatria.server.reads.Reads;
import org.repatria.store.genetic.GeneticCase;
import org.repatria.store.genetic.SearchState;

/** The identification unit's desk: load a case, run its search, review candidates, confirm or reject. */
final class IdentificationPages {
    private static final String HOME = "/desk/identification";
    private static final String CASES = HOME + "/cases/";
    private final Identifications dna;
    private final PageFactory pages;
    private final Templates templates;

    IdentificationPages(Identifications dna, PageFactory pages, Templates templates) {
        this.dna = dna;
        this.pages = pages;
        this.templates = templates;
    }

    List<Route> routes() {
        Rule unit = Rule.roles(Role.IDENTIFICATION);
        return List.of(
                Route.desk(GET, HOME, unit, "The party's DNA cases and the form to load one", call -> index(call, Optional.empty(), "")),
                Route.desk(POST, HOME + "/cases", unit, "Load a DNA case from kinship CSV files", this::upload),
                Route.desk(GET, CASES + "{id}", unit, "A DNA case: search progress, candidates, flags, decisions", this::show),
                Route.desk(POST, CASES + "{id}/search", unit, "Start the case's search in the background", this::search),
                Route.desk(POST, CASES + "{id}/joint", unit, "Start the case's joint search in the background", this::joint),
                Route.desk(GET, CASES + "{id}/candidate", unit, "One candidate: LR per marker and the pedigree drawn",
                        call -> candidate(call, call.ctx().queryParam("remains"), call.ctx().queryParam("family"),
                                call.ctx().queryParam("missing"), Optional.empty())),
                Route.desk(POST, CASES + "{id}/decisions", unit, "Confirm or reject an identification", this::decide));
    }

    private void index(AdmittedRequest call, Optional<String> error, String title) {
        Page page = pages.page(call.ctx(), call.identity(), "dna.title");
        templates.render(call.ctx(), "dna-cases.jte", new DnaViews.Cases(error.isPresent() ? page.refusing("invalid") : page,
                dna.cases(call.account()), error, title));
    }

    private void upload(AdmittedRequest call) {
        Context ctx = call.ctx();
        String title = Optional.ofNullable(ctx.formParam("title")).orElse("");
        CaseSlots slots = CaseSlots.read(ctx);
        Text t = pages.page(ctx, call.identity(), "dna.title").t();
        try {
            GeneticCase c = dna.create(call.account(), title, slots.files(t));
            ctx.redirect(CASES + c.id(), HttpStatus.SEE_OTHER);
        } catch (HttpProblem e) {
            ctx.status(e.status());
            HttpProblem named = slots.naming(e);
            index(call, Optional.of(e.code().equals("dna_file") ? named.getMessage() : RefusalText.of(t, named).line(t)), title);
        }
    }

    private void show(AdmittedRequest call) {
        CaseReview review = dna.review(call.account(), call.ctx().pathParam("id"));
        Reads.genetic(call, List.of(call.ctx().pathParam("id")), review.remains().size() + review.missing().size());
        Page page = pages.page(call.ctx(), call.identity(), "dna.case.title");
        boolean running = review.header().search().status() == SearchState.Status.RUNNING;
        String progress = review.progress().map(p -> page.t().format("dna.progress", p.percent(), p.done(), p.total()))
                .orElse(page.t().of("dna.state", review.header().search().status()));
        Map<String, DnaViews.Bag> bags = new HashMap<>();
        dna.bags(call.account(), review.header().id()).forEach(b -> bags.put(b.remainsId(), new DnaViews.Bag(b.bodyTag(),
                "/desk/agreements/" + Page.enc(b.agreementId()) + "/bags/" + Page.enc(b.bodyTag()))));
        templates.render(call.ctx(), "dna-case.jte", new DnaViews.OneCase(page, review, running, progress,
                dna.joint(call.account(), call.ctx().pathParam("id")), bags));
    }

    private void joint(AdmittedRequest call) {
        String id = call.ctx().pathParam("id");
        String raw = Optional.ofNullable(call.ctx().formParam("limit")).orElse("").strip();
        double limit;
        try {
            limit = raw.isEmpty() ? 0 : Double.parseDouble(raw.replace(',', '.'));
        } catch (NumberFormatException e) {
            throw HttpProblem.invalid("limit", "'" + raw + "' is not a number");
        }
        dna.jointSearch(call.account(), id, limit);
        call.ctx().redirect(CASES + dna.require(call.account(), id).id() + "#joint", HttpStatus.SEE_OTHER);
    }

    private void search(AdmittedRequest call) {
        String id = call.ctx().pathParam("id");
        String raw = Optional.ofNullable(call.ctx().formParam("min_log10_lr")).orElse("").strip();
        double min;
        try {
            min = raw.isEmpty() ? Identifications.DEFAULT_MIN_LOG10_LR : Double.parseDouble(raw.replace(',', '.'));
        } catch (NumberFormatException e) {
            throw HttpProblem.invalid("min_log10_lr", "'" + raw + "' is not a number");
        }
        String rawTheta = Optional.ofNullable(call.ctx().formParam("theta")).orElse("").strip();
        double theta;
        try {
            theta = rawTheta.isEmpty() ? Identifications.DEFAULT_THETA : Double.parseDouble(rawTheta.replace(',', '.'));
        } catch (NumberFormatException e) {
            throw HttpProblem.invalid("theta", "'" + rawTheta + "' is not a number; give one from 0 to " + Identifications.MAX_THETA);
        }
        dna.search(call.account(), id, min, theta);
        call.ctx().redirect(CASES + dna.require(call.account(), id).id(), HttpStatus.SEE_OTHER);
    }

    private void candidate(AdmittedRequest call, String remains, String family, String missing, Optional<String> error) {
        Context ctx = call.ctx();
        var c = dna.candidate(call.account(), ctx.pathParam("id"), remains, family, missing);
        Page page = pages.page(ctx, call.identity(), "dna.candidate.title");
        List<DnaViews.RowOption> rows = dna.requestRows(call.account(), c.header().id(), family, missing).stream()
                .map(DnaViews.RowOption::of).toList();
        Reads.genetic(call, List.of(ctx.pathParam("id"), c.remainsId(), c.familyId(), c.missingId()), 1 + rows.size());
        templates.render(ctx, "dna-candidate.jte", new DnaViews.OneCandidate(error.isPresent() ? page.refusing("invalid") : page,
                c, CASES + c.header().id(), error, rows));
    }

    private void decide(AdmittedRequest call) {
        Context ctx = call.ctx();
        String id = ctx.pathParam("id");
        // The select sends "list id/row id" (a list id is a UUID, so the first slash ends it); no row is "".
        String picked = Optional.ofNullable(ctx.formParam("request_row")).orElse("");
        int slash = picked.indexOf('/');
        String listId = slash > 0 ? picked.substring(0, slash) : ctx.formParam("list_id");
        String rowId = slash > 0 ? picked.substring(slash + 1) : ctx.formParam("row_id");
        var r = new DecisionRequest(ctx.formParam("remains"), ctx.formParam("family"), ctx.formParam("missing"),
                ctx.formParam("decision"), listId, rowId);
        try {
            dna.decide(call.account(), id, r);
        } catch (HttpProblem e) {
            if (e.status() != 400 && e.status() != 409) {
                throw e;
            }
            ctx.status(e.status());
            candidate(call, r.remains(), r.family(), r.missing(), Optional.of(RefusalText.said(call.ctx(), e)));
            return;
        }
        ctx.redirect(CASES + dna.require(call.account(), id).id(), HttpStatus.SEE_OTHER);
    }
}
