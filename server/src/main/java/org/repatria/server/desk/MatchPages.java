package org.repatria.server.desk;

import static org.repatria.server.route.Method.GET;
import static org.repatria.server.route.Method.POST;

import io.javalin.http.HttpStatus;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.repatria.core.account.Role;
import org.repatria.core.party.PartyId;
import org.repatria.server.access.ListAccess;
import org.repatria.server.access.Rule;
import org.repatria.server.error.HttpProblem;
import org.repatria.server.linkage.LinkReply;
import org.repatria.server.linkage.Linkages;
import org.repatria.server.linkage.RunRequest;
import org.repatria.server.linkage.VerdictRequest;
import org.repatria.server.route.AdmittedRequest;
import org.repatria.server.route.Route;
import org.repatria.store.link.MatchRun;

/** The match desk: start a match between two readable lists, follow it, work its review queue. */
final class MatchPages {
    private static final String HOME = "/desk/matches";
    private static final int QUEUE = 50;
    private final Linkages linkages;
    private final ListAccess access;
    private final PageFactory pages;
    private final Templates templates;

    MatchPages(Linkages linkages, ListAccess access, PageFactory pages, Templates templates) {
        this.linkages = linkages;
        this.access = access;
        this.pages = pages;
        this.templates = templates;
    }

    List<Route> routes() {
        Rule desks = Rule.roles(Role.MEDIATOR, Role.PARTY_DESK);
        return List.of(
                Route.desk(GET, HOME, desks, "The match runs the caller may see and the form to start one",
                        call -> index(call, Optional.empty())),
                Route.desk(POST, HOME, desks, "Match two readable lists in the background", this::start),
                Route.desk(GET, HOME + "/{id}", desks, "A match run: progress, counts and the review queue",
                        call -> show(call, Optional.empty())),
                Route.desk(POST, HOME + "/{id}/links/{index}", desks, "Confirm or reject a pair", this::decide));
    }

    private void index(AdmittedRequest call, Optional<String> error) {
        Page page = pages.page(call.ctx(), call.identity(), "match.title");
        Map<PartyId, String> names = pages.partyNames();
        var lists = access.visible(call.account()).stream().map(v -> new MatchViews.ListChoice(v.header().id().toString(),
                v.header().title() + " · " + names.getOrDefault(v.header().author(), v.header().author().value())
                        + " · " + page.t().number(v.header().rowCount()))).toList();
        var runs = linkages.runs(call.account()).stream().map(r -> line(page, r)).toList();
        templates.render(call.ctx(), "match-runs.jte",
                new MatchViews.Runs(error.isPresent() ? page.refusing("invalid") : page, runs, lists, error));
    }

    private void start(AdmittedRequest call) {
        try {
            MatchRun run = linkages.start(call.account(),
                    new RunRequest(call.ctx().formParam("left_list"), call.ctx().formParam("right_list")));
            call.ctx().redirect(HOME + "/" + run.id(), HttpStatus.SEE_OTHER);
        } catch (HttpProblem e) {
            if (e.status() != 400 && e.status() != 404) {
                throw e;
            }
            call.ctx().status(e.status());
            index(call, Optional.of(RefusalText.said(call.ctx(), e)));
        }
    }

    private void show(AdmittedRequest call, Optional<String> error) {
        MatchRun run = linkages.require(call.account(), call.ctx().pathParam("id"));
        Page page = pages.page(call.ctx(), call.identity(), "match.run.title");
        var t = page.t();
        boolean withMatches = "1".equals(call.ctx().queryParam("matches"));
        boolean running = run.state() == MatchRun.State.RUNNING;
        String progress = linkages.progress(run).map(p -> t.format("match.progress", p.percent(), t.term("matchStage", p.stage())))
                .orElse(t.of("match.state", run.state()));
        List<LinkReply> all = linkages.tally(call.account(), run.id());
        List<MatchViews.Count> counts = List.of(
                new MatchViews.Count(t.get("match.count.candidates"), t.number(run.candidatePairs())),
                count(t, all, "match", "pending", "match.count.automatic"),
                count(t, all, "review", "pending", "match.count.review"),
                count(t, all, null, "confirmed", "match.count.confirmed"),
                count(t, all, null, "rejected", "match.count.rejected"));
        templates.render(call.ctx(), "match-run.jte", new MatchViews.OneRun(error.isPresent() ? page.refusing("invalid") : page,
                line(page, run), running, progress, counts, linkages.queue(call.account(), run.id(), withMatches, QUEUE),
                withMatches, error));
    }

    private static MatchViews.Count count(Text t, List<LinkReply> all, String decision, String status, String key) {
        long n = all.stream().filter(l -> (decision == null || l.decision().equals(decision)) && l.status().equals(status)).count();
        return new MatchViews.Count(t.get(key), t.number(n));
    }

    private void decide(AdmittedRequest call) {
        String run = call.ctx().pathParam("id");
        String back = HOME + "/" + linkages.require(call.account(), run).id()
                + ("1".equals(call.ctx().formParam("matches")) ? "?matches=1" : "");
        try {
            linkages.decide(call.account(), run, call.ctx().pathParam("index"), new VerdictRequest(call.ctx().formParam("verdict")));
        } catch (HttpProblem e) {
            if (e.status() != 400 && e.status() != 409) {
                throw e;
            }
            call.ctx().status(e.status());
            show(call, Optional.of(RefusalText.said(call.ctx(), e)));
            return;
        }
        call.ctx().redirect(back, HttpStatus.SEE_OTHER);
    }

    private MatchViews.RunLine line(Page page, MatchRun r) {
        String left = access.readable(page.account().orElseThrow(), r.left()).map(v -> v.header().title()).orElse(r.left().toString());
        String right = access.readable(page.account().orElseThrow(), r.right()).map(v -> v.header().title())
                .orElse(r.right().toString());
        return new MatchViews.RunLine(HOME + "/" + r.id(), left, right, r.createdBy(), page.t().when(r.created()),
                page.t().of("match.state", r.state()));
    }
}
