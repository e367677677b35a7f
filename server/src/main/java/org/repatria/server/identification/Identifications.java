package org.repatria.server.identification;

import java.time.Clock;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.repatria.core.account.Account;
import org.repatria.core.list.ListId;
import org.repatria.core.list.ListPurpose;
import org.repatria.core.list.Visibility;
import org.repatria.kinship.KinshipData;
import org.repatria.kinship.KinshipEngine;
import org.repatria.kinship.KinshipException;
import org.repatria.kinship.search.JointParameters;
import org.repatria.kinship.search.PairResult;
import org.repatria.server.access.VisibleList;
import org.repatria.server.error.HttpProblem;
import org.repatria.store.DuplicateException;
import org.repatria.store.Store;
import org.repatria.store.genetic.CaseException;
import org.repatria.store.genetic.CaseFiles;
import org.repatria.store.genetic.Decision;
import org.repatria.store.genetic.GeneticCase;
import org.repatria.store.genetic.SearchState;
import org.repatria.store.genetic.StoredMatch;
import org.repatria.store.list.Lists;

/**
 * The identification unit's capability: load a case, search it in the background, review it, decide.
 * Every method takes the calling account and reaches only cases of its party (others answer 404, as if
 * absent); routes admit IDENTIFICATION accounts alone, so no other role reaches genetic data.
 */
public final class Identifications {
    /**
     * The search's threshold unless the unit gives one: log10 LR 4, a likelihood ratio of 10,000, the order of the
     * figure DVI laboratories report an identification at (docs/decisions/0137); below it a sample "matches" too much.
     */
    public static final double DEFAULT_MIN_LOG10_LR = 4;
    /** A search's subpopulation correction theta unless the unit gives one (0.01; docs/decisions/0175). */
    public static final double DEFAULT_THETA = SearchState.DEFAULT_THETA;
    /**
     * The highest theta a search takes: 0.1 bounds the Balding–Nichols correction well above the 0.01–0.03 laboratories
     * use for subpopulations (NRC II); more would swamp the frequencies, and larger theta costs more CPU per family.
     */
    public static final double MAX_THETA = 0.1;
    private static final int MAX_TITLE = 200;
    /** The highest candidate limit (an LR) a joint search takes. */
    public static final double MAX_JOINT_LIMIT = 1e12;
    private final Store store;
    private final Clock clock;
    private final CaseSearchRunner searches;
    private final JointSearchRunner joints;
    private final Map<String, KinshipData> parsed = new LinkedHashMap<>(8, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, KinshipData> eldest) {
            return size() > 4;
        }
    };

    public Identifications(Store store, Clock clock) {
        this.store = store;
        this.clock = clock;
        this.searches = new CaseSearchRunner(store.cases());
        this.joints = new JointSearchRunner(clock);
        store.cases().abandonRunning("the server stopped while this search ran; run it again");
    }

    /** Validates the files with kinship's reader and stores them as a new case of the caller's party. */
    public GeneticCase create(Account who, String rawTitle, CaseFiles files) {
        String title = Objects.requireNonNullElse(rawTitle, "").strip();
        if (title.isEmpty() || title.length() > MAX_TITLE || title.chars().anyMatch(Character::isISOControl)) {
            throw HttpProblem.invalid("title", "give a title of 1 to " + MAX_TITLE + " characters, without control characters");
        }
        KinshipData data = CaseCheck.read(files);
        GeneticCase c = new GeneticCase(UUID.randomUUID().toString(), who.party(), title, who.username(), clock.instant(),
                data.remains().size(), data.families().size(), SearchState.none());
        store.cases().add(c, files);
        return c;
    }

    /** The caller's party's cases, newest first. */
    public List<GeneticCase> cases(Account who) {
        return store.cases().of(who.party());
    }

    /** A case of the caller's party, or 404. */
    public GeneticCase require(Account who, String id) {
        return store.cases().find(who.party(), id)
                .orElseThrow(() -> HttpProblem.notFound("no DNA case " + id + " of your party; check the id"));
    }

    /** Starts a search in the background with the default theta ({@link #DEFAULT_THETA}); 409 while one runs. */
    public void search(Account who, String id, double minLog10Lr) {
        search(who, id, minLog10Lr, DEFAULT_THETA);
    }

    /**
     * Starts a search in the background; {@code theta} becomes the case's theta, which the pairwise search, same-person
     * matching, the joint search and the candidate page apply. 400 for a theta outside 0 to {@link #MAX_THETA} (nothing
     * starts); 409 while one runs for this case.
     */
    public void search(Account who, String id, double minLog10Lr, double theta) {
        GeneticCase c = require(who, id);
        if (!Double.isFinite(minLog10Lr) || Math.abs(minLog10Lr) > 1000) {
            throw HttpProblem.invalid("min_log10_lr", "give a number between -1000 and 1000");
        }
        if (!(theta >= 0 && theta <= MAX_THETA)) {
            throw HttpProblem.invalid("theta", "is " + theta + "; give a number from 0 to " + MAX_THETA
                    + ", the limit is " + MAX_THETA);
        }
        if (!store.cases().startSearch(c.id(), minLog10Lr, theta)) {
            throw HttpProblem.conflict("search_running", "a search of this case is running; wait for it to end");
        }
        searches.start(c.id(), minLog10Lr, theta, () -> data(c.id()));
    }

    /**
     * Starts the case's joint search (dvir's joint DVI, docs/decisions/0174) in the background; only pairs whose LR is
     * above {@code limit} are candidates; every likelihood applies the case's theta. 400 for a limit that is not a
     * number from 0 to 1e12; 409 while one runs.
     */
    public void jointSearch(Account who, String id, double limit) {
        GeneticCase c = require(who, id);
        if (!Double.isFinite(limit) || limit < 0 || limit > MAX_JOINT_LIMIT) {
            throw HttpProblem.invalid("limit", "give an LR from 0 to " + (long) MAX_JOINT_LIMIT);
        }
        joints.start(c.id(), JointParameters.defaults().withLimit(limit).withTheta(c.search().theta()), () -> data(c.id()));
    }

    /** The case's joint search: not run, running, done, refused as too big, or failed. */
    public JointState joint(Account who, String id) {
        return joints.state(require(who, id).id());
    }

    /** The case regrouped for review, with the running search's progress. */
    public CaseReview review(Account who, String id) {
        GeneticCase c = require(who, id);
        List<StoredMatch> matches = store.cases().matches(c.id());
        List<Decision> decisions = store.cases().decisions().of(c.id());
        return CaseReviewer.review(c, searches.progress(c.id()), data(c.id()), matches, store.cases().samePairs(c.id()), decisions);
    }

    /** One pair with each marker's LR and the family's pedigree; 400 when the case has no such remains or person. */
    public Candidate candidate(Account who, String id, String remains, String family, String missing) {
        GeneticCase c = require(who, id);
        KinshipData data = data(c.id());
        return CaseReviewer.candidate(c, data, pair(data, c.search().theta(), remains, family, missing), remains, family, missing);
    }

    /** Records a confirmation or rejection with its LR; a confirmation is final (409 on a second one). */
    public Decision decide(Account who, String id, DecisionRequest r) {
        GeneticCase c = require(who, id);
        boolean confirmed = switch (Objects.requireNonNullElse(r.decision(), "")) {
            case "confirmed" -> true;
            case "rejected" -> false;
            default -> throw HttpProblem.invalid("decision", "must be confirmed or rejected");
        };
        PairResult lr = pair(data(c.id()), c.search().theta(), r.remains(), r.family(), r.missing());
        Optional<ListId> list = requestList(who, r);
        if (list.isPresent() && requestRows(who, r.family(), r.missing()).stream()
                .noneMatch(row -> row.list().equals(list.get()) && row.rowId().equals(r.rowId().strip()))) {
            throw HttpProblem.invalid("row_id", "list " + list.get() + " has no row " + r.rowId().strip() + " offered for "
                    + r.family() + "/" + r.missing() + "; name a row of your party's request lists whose id or military id"
                    + " is the family's or the missing person's id");
        }
        Decision d = new Decision(UUID.randomUUID().toString(), c.id(), who.party(),
                new StoredMatch(r.remains(), r.family(), r.missing(), lr.log10Lr(), lr.exclusions()), confirmed,
                who.username(), clock.instant(), list, list.map(l -> r.rowId().strip()));
        try {
            store.cases().decisions().add(d);
        } catch (DuplicateException e) {
            throw HttpProblem.conflict("duplicate_decision", e.getMessage());
        } catch (CaseException e) {
            throw HttpProblem.invalid("row_id", e.getMessage());
        }
        return d;
    }

    /**
     * The request rows a confirmation of {@code missing} of {@code family} in case {@code id} may name: rows of the
     * caller's party's request lists that the unit may read (remains) whose id or military id is the missing person's id
     * or the family's (the ids the unit gave the pedigree). The desk offers them in a select; any other row is refused, on the desk and in the API.
     */
    public List<Lists.KeyedRow> requestRows(Account who, String id, String family, String missing) {
        require(who, id);
        if (family == null || family.isBlank() || missing == null || missing.isBlank()) {
            throw HttpProblem.invalid(family == null || family.isBlank() ? "family" : "missing", "is required");
        }
        return requestRows(who, family, missing);
    }

    // Only lists the unit may read: its party's request lists of remains; a children's list is never offered.
    private List<Lists.KeyedRow> requestRows(Account who, String family, String missing) {
        Map<ListId, Boolean> readable = new HashMap<>();
        return store.lists().rowsByKey(who.party(), ListPurpose.REQUEST, Stream.of(family, missing)
                .filter(Objects::nonNull).map(String::strip).toList()).stream()
                .filter(row -> readable.computeIfAbsent(row.list(), id -> store.lists().header(id)
                        .filter(h -> Visibility.canRead(who, h, store.lists().relayedTo(id))).isPresent()))
                .toList();
    }

    /**
     * The bags the case's confirmed remains samples were taken from, for the samples the caller's party recorded from
     * body bags (issue 16): a confirmation of a sample names the bag it came from.
     */
    public List<SampleBag> bags(Account who, String id) {
        GeneticCase c = require(who, id);
        List<String> confirmed = store.cases().decisions().of(c.id()).stream().filter(Decision::confirmed)
                .map(d -> d.pair().remainsId()).distinct().toList();
        return store.samples().find(who.party(), confirmed).stream()
                .map(s -> new SampleBag(s.id(), s.agreementId(), s.bodyTag())).toList();
    }

    /**
     * The kinship to missing person {@code missing} of family {@code family} of the relatives typed in case {@code id}
     * of the caller's party, in words ({@code mother; brother}): what a death record says, never an id or a profile.
     */
    public String relativesUsed(Account who, String id, String family, String missing) {
        GeneticCase c = require(who, id);
        return data(c.id()).families().stream().filter(f -> f.id().equals(family)).findFirst()
                .map(f -> RelativesUsed.of(f, missing)).orElse("");
    }

    /** Rows of a list the caller may read that its own party's unit confirmed as identified; no genetic data. */
    public List<String> identifiedRows(Account who, VisibleList list) {
        return store.cases().decisions().identifiedRows(list.header().id(), who.party());
    }

    private Optional<ListId> requestList(Account who, DecisionRequest r) {
        boolean hasList = r.listId() != null && !r.listId().isBlank();
        boolean hasRow = r.rowId() != null && !r.rowId().isBlank();
        if (hasList != hasRow) {
            throw HttpProblem.invalid(hasList ? "row_id" : "list_id", "give the list and the row together, or neither");
        }
        if (!hasList) {
            return Optional.empty();
        }
        ListId id;
        try {
            id = ListId.parse(r.listId());
        } catch (IllegalArgumentException e) {
            throw HttpProblem.invalid("list_id", "is not a list id");
        }
        store.lists().header(id).filter(h -> h.author().equals(who.party()))
                .orElseThrow(() -> HttpProblem.invalid("list_id", "no list " + id + " of your party"));
        return Optional.of(id);
    }

    private static PairResult pair(KinshipData data, double theta, String remains, String family, String missing) {
        if (remains == null || family == null || missing == null) {
            throw HttpProblem.invalid(remains == null ? "remains" : family == null ? "family" : "missing", "is required");
        }
        try {
            return new KinshipEngine(data, theta).pairwise(remains, family, missing);
        } catch (KinshipException e) {
            throw HttpProblem.invalid("remains", e.getMessage() + "; pick a pair from the case's results");
        }
    }

    /** The case's files parsed again (a few recent cases are kept parsed); they were valid when stored. */
    private KinshipData data(String caseId) {
        synchronized (parsed) {
            KinshipData d = parsed.get(caseId);
            if (d != null) {
                return d;
            }
        }
        KinshipData d = CaseCheck.read(store.cases().files(caseId));
        synchronized (parsed) {
            parsed.put(caseId, d);
        }
        return d;
    }
}
