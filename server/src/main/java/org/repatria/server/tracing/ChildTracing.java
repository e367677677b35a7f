package org.repatria.server.tracing;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.repatria.core.account.Account;
import org.repatria.core.account.Role;
import org.repatria.match.trace.Candidate;
import org.repatria.match.trace.ChildSearch;
import org.repatria.server.access.ChildRecords;
import org.repatria.server.access.ListAccess;
import org.repatria.server.child.ChildCase;
import org.repatria.server.child.ChildCases;
import org.repatria.server.error.HttpProblem;
import org.repatria.store.Store;
import org.repatria.store.child.CandidateDecision;

/**
 * The child search for one open case (issue 13, item 5; docs/decisions/0148): the candidates among the answers and the
 * lists the reader may see, with reasons per particular, less those a reviewer rejected; and the reviewer's decision.
 */
public final class ChildTracing {
    private final Store store;
    private final Clock clock;
    private final ListAccess access;
    private final ChildRecords children;
    private final ChildCases cases;

    /** Searches for the cases of {@code cases} among what {@code access} lets a reader see; decisions dated by {@code clock}. */
    public ChildTracing(Store store, Clock clock, ListAccess access, ChildRecords children, ChildCases cases) {
        this.store = store;
        this.clock = clock;
        this.access = access;
        this.children = children;
        this.cases = cases;
    }

    /** A candidate put forward, with where it comes from. */
    public record Found(String key, CandidateSource source, Candidate candidate) {
    }

    /** A case's tracing: the candidate it is linked to, if one was confirmed, and the candidates put forward. */
    public record Tracing(ChildCase childCase, Optional<CandidateDecision> linked, List<Found> candidates) {
    }

    /**
     * The candidates for a child's case, best first (rejected ones left out); one recorded read of the case and one of
     * each children's list searched. Child workers of both sides and the mediator.
     *
     * @throws HttpProblem 404 for a hidden list or a row that is no child's case; 403 {@code children_only}
     */
    public Tracing candidates(Account reader, String listId, String rowId) {
        ChildCase c = cases.open(reader, listId, rowId);
        List<CandidateDecision> decisions = store.candidateDecisions().of(c.list().id(), c.child().rowId());
        Set<String> rejected = decisions.stream().filter(d -> !d.confirmed()).map(CandidateDecision::candidate)
                .collect(Collectors.toSet());
        Optional<CandidateDecision> linked = decisions.stream().filter(CandidateDecision::confirmed).findFirst();
        CandidatePool pool = CandidatePool.of(store, access, children, reader, c.list());
        pool.records.removeIf(r -> rejected.contains(r.id()) || linked.map(l -> l.candidate().equals(r.id())).orElse(false));
        List<Found> found = new ChildSearch(pool.records).search(CaseRecord.of(c), CaseRecord.knownAs(c)).stream()
                .map(x -> new Found(x.id(), pool.sources.get(x.id()), x)).toList();
        return new Tracing(c, linked, found);
    }

    /**
     * A reviewer confirms a candidate (the case is linked to it) or rejects it (it is not put forward again): the
     * requesting side's child workers, on an open case, for a candidate the search puts forward now.
     *
     * @throws HttpProblem 400 (field {@code decision}) unless confirm or reject; 403 {@code requesting_side_only};
     *     404 when the candidate is not put forward for this case; 409 {@code case_closed}, or {@code case_linked}
     *     when another candidate is confirmed already
     */
    public Tracing decide(Account worker, String listId, String rowId, String candidate, String decision) {
        String d = decision == null ? "" : decision.strip().toLowerCase(Locale.ROOT);
        if (!d.equals("confirm") && !d.equals("reject")) {
            throw HttpProblem.invalid("decision", "must be confirm or reject");
        }
        Tracing now = candidates(worker, listId, rowId);
        ChildCase c = now.childCase();
        if (worker.role() != Role.PARTY_DESK || !c.list().author().equals(worker.party())) {
            throw new HttpProblem(403, "requesting_side_only", "the candidates of a case are confirmed or rejected by the"
                    + " child workers of the side that asked for the child (" + c.list().author() + ")", Optional.empty());
        }
        if (c.closure().isPresent()) {
            throw HttpProblem.conflict("case_closed", "this case is closed (" + c.closure().get().reference() + "); it changes no more");
        }
        Found f = now.candidates().stream().filter(x -> x.key().equals(candidate)).findFirst()
                .orElseThrow(() -> HttpProblem.notFound("the search puts forward no candidate " + candidate + " for this case"));
        if (d.equals("confirm") && now.linked().isPresent()) {
            throw HttpProblem.conflict("case_linked", "this case is linked to " + now.linked().get().label()
                    + " already; a child has one record");
        }
        store.candidateDecisions().decide(new CandidateDecision(c.list().id(), c.child().rowId(), f.key(),
                f.source().label(), d.equals("confirm"), worker.username(), clock.instant()));
        return candidates(worker, listId, rowId);
    }
}
