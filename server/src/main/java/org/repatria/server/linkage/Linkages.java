package org.repatria.server.linkage;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.repatria.core.account.Account;
import org.repatria.core.account.Role;
import org.repatria.core.list.ListId;
import org.repatria.core.person.Person;
import org.repatria.server.access.ChildRecords;
import org.repatria.server.access.ListAccess;
import org.repatria.server.access.VisibleList;
import org.repatria.server.error.HttpProblem;
import org.repatria.store.Store;
import org.repatria.store.child.RecordPart;
import org.repatria.store.link.MatchRun;
import org.repatria.store.link.StoredLink.Verdict;
import org.repatria.store.link.StoredLink;

/**
 * Matching lists: start a run between two lists the caller may read, follow it, review its pairs, read the
 * confirmed links. A run is seen by the party that ran it and by the mediator; to anyone else it answers 404,
 * as if absent. Routes admit the mediator and party desks only.
 */
public final class Linkages {
    private static final Map<String, Predicate<StoredLink>> FILTERS = Map.of(
            "all", l -> true,
            "pending", l -> l.verdict() == Verdict.PENDING,
            "review", l -> l.verdict() == Verdict.PENDING && !l.automatic(),
            "confirmed", StoredLink::accepted,
            "rejected", l -> l.verdict() == Verdict.REJECTED);
    private final Store store;
    private final ListAccess access;
    private final Clock clock;
    private final MatchRunner running;
    private final ChildRecords children;

    public Linkages(Store store, ListAccess access, Clock clock) {
        this.store = store;
        this.children = new ChildRecords(store, clock);
        this.access = access;
        this.clock = clock;
        this.running = new MatchRunner(store.runs());
        store.runs().abandonRunning("the server stopped while this match ran; run it again");
    }

    /** Starts matching two different lists the caller may read (404 for a list it may not, as for lists). */
    public MatchRun start(Account who, RunRequest r) {
        VisibleList left = access.require(who, required("left_list", r.leftList()));
        VisibleList right = access.require(who, required("right_list", r.rightList()));
        if (left.header().id().equals(right.header().id())) {
            throw HttpProblem.invalid("right_list", "is the left list; choose two different lists");
        }
        children.requirePersons(who, left.header());
        children.requirePersons(who, right.header());
        MatchRun run = new MatchRun(UUID.randomUUID().toString(), who.party(), left.header().id(), right.header().id(),
                who.username(), clock.instant(), MatchRun.State.RUNNING, "", 0);
        store.runs().add(run);
        running.start(run.id(), () -> store.lists().persons(run.left()).stream().map(MatchRecords::of).toList(),
                () -> store.lists().persons(run.right()).stream().map(MatchRecords::of).toList());
        return run;
    }

    /** The runs the caller may see, newest first. */
    public List<MatchRun> runs(Account who) {
        return store.runs().all().stream().filter(r -> visible(who, r)).toList();
    }

    /** A run the caller may see, or 404. */
    public MatchRun require(Account who, String id) {
        return store.runs().find(id).filter(r -> visible(who, r))
                .orElseThrow(() -> HttpProblem.notFound("no match run " + id + " that you may see; check the id"));
    }

    /** The run with its progress while it runs. */
    public RunReply reply(MatchRun run) {
        return RunReply.of(run, running.progress(run.id()));
    }

    /** The run's progress while it runs. */
    public Optional<RunProgress> progress(MatchRun run) {
        return running.progress(run.id());
    }

    /** The run's pairs with this status: all, pending, review, confirmed (confirmed or matched and not rejected), rejected. */
    public List<LinkReply> links(Account who, String id, String status) {
        Predicate<StoredLink> filter = Optional.ofNullable(FILTERS.get(status == null ? "all" : status))
                .orElseThrow(() -> HttpProblem.invalid("status", "must be all, pending, review, confirmed or rejected"));
        MatchRun run = require(who, id);
        List<LinkReply> links = store.runs().links(run.id()).stream().filter(filter).map(LinkReply::of).toList();
        childReads(who, run, true);
        return links;
    }

    /** Every pair of the run, to count them: need to know applies, but nobody's record is shown, so none is recorded. */
    public List<LinkReply> tally(Account who, String id) {
        MatchRun run = require(who, id);
        childReads(who, run, false);
        return store.runs().links(run.id()).stream().map(LinkReply::of).toList();
    }

    /** The first {@code limit} pending pairs (the matcher's matches too when {@code withMatches}), with both rows. */
    public List<ReviewPair> queue(Account who, String id, boolean withMatches, int limit) {
        MatchRun run = require(who, id);
        childReads(who, run, false);
        List<StoredLink> pending = store.runs().links(run.id()).stream().filter(FILTERS.get(withMatches ? "pending" : "review"))
                .limit(limit).toList();
        if (pending.isEmpty()) {
            return List.of();
        }
        Map<String, Person> left = byRow(run.left());
        Map<String, Person> right = byRow(run.right());
        childReads(who, run, true);
        return pending.stream().filter(l -> left.containsKey(l.leftRow()) && right.containsKey(l.rightRow()))
                .map(l -> new ReviewPair(LinkReply.of(l), left.get(l.leftRow()), right.get(l.rightRow()))).toList();
    }

    /** Records the caller's verdict on a pending pair; 409 when it was already decided. */
    public LinkReply decide(Account who, String id, String rawNumber, VerdictRequest r) {
        MatchRun run = require(who, id);
        childReads(who, run, false);
        Verdict verdict = switch (r.verdict() == null ? "" : r.verdict()) {
            case "confirmed" -> Verdict.CONFIRMED;
            case "rejected" -> Verdict.REJECTED;
            default -> throw HttpProblem.invalid("verdict", "must be confirmed or rejected");
        };
        int number;
        try {
            number = Integer.parseInt(rawNumber);
        } catch (NumberFormatException e) {
            throw HttpProblem.invalid("link", "'" + rawNumber + "' is not a link number");
        }
        store.runs().link(run.id(), number).orElseThrow(() -> HttpProblem.notFound("run " + run.id() + " has no link " + number));
        if (!store.runs().decide(run.id(), number, verdict, who.username(), clock.instant())) {
            throw HttpProblem.conflict("link_decided", "link " + number + " was already decided; reload the queue");
        }
        return LinkReply.of(store.runs().link(run.id(), number).orElseThrow());
    }

    /**
     * A run involving a children's list names children: need to know for both lists (403 children_only), and, when
     * {@code record}, one recorded read per children's list (0147).
     */
    private void childReads(Account who, MatchRun run, boolean record) {
        for (ListId list : List.of(run.left(), run.right())) {
            store.lists().header(list).filter(ChildRecords::isChildList).ifPresent(h -> {
                children.requirePersons(who, h);
                if (record) {
                    children.recordRead(who, h, Optional.empty(), RecordPart.MATCHES);
                }
            });
        }
    }

    private Map<String, Person> byRow(ListId list) {
        return store.lists().persons(list).stream().collect(Collectors.toMap(Person::rowId, Function.identity()));
    }

    private static boolean visible(Account who, MatchRun run) {
        return who.role() == Role.MEDIATOR || who.party().equals(run.party());
    }

    private static String required(String field, String value) {
        if (value == null || value.isBlank()) {
            throw HttpProblem.invalid(field, "is required: give a list id");
        }
        return value.strip();
    }
}
