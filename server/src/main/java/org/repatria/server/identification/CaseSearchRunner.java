package org.repatria.server.identification;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import org.repatria.kinship.KinshipData;
import org.repatria.kinship.KinshipEngine;
import org.repatria.kinship.KinshipException;
import org.repatria.server.error.HttpProblem;
import org.repatria.store.genetic.Cases;
import org.repatria.store.genetic.SamePersonPair;
import org.repatria.store.genetic.StoredMatch;

/**
 * Runs case searches one at a time on a background thread (the search itself uses every core), keeps
 * each running search's progress in memory, and stores the rows when it ends, with the pairs of remains
 * samples that may be one person (identity LR at or above the same threshold; item 3 of issue 7). Both apply the
 * case's theta (docs/decisions/0175).
 */
final class CaseSearchRunner {
    /** Samples compared for being one person must share this many markers (fewer when the table has fewer). */
    static final int MIN_SHARED_MARKERS = 10;
    private final Cases cases;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "dna-search");
        t.setDaemon(true);
        return t;
    });
    private final Map<String, SearchProgress> running = new ConcurrentHashMap<>();

    CaseSearchRunner(Cases cases) {
        this.cases = cases;
    }

    /** Queues the search; {@code data} is read on the worker so a large case does not hold the request. */
    void start(String caseId, double minLog10Lr, double theta, Supplier<KinshipData> data) {
        running.put(caseId, new SearchProgress(0, 0));
        worker.execute(() -> run(caseId, minLog10Lr, theta, data));
    }

    /** Families searched so far and in all, while the case's search runs. */
    Optional<SearchProgress> progress(String caseId) {
        return Optional.ofNullable(running.get(caseId));
    }

    private void run(String caseId, double minLog10Lr, double theta, Supplier<KinshipData> data) {
        try {
            KinshipData d = data.get();
            KinshipEngine engine = new KinshipEngine(d, theta);
            List<StoredMatch> rows = engine.search(minLog10Lr, (done, total) -> running.put(caseId, new SearchProgress(done, total)))
                    .stream().map(m -> new StoredMatch(m.remainsId(), m.familyId(), m.missingId(), m.log10Lr(), m.exclusions()))
                    .toList();
            int shared = Math.min(MIN_SHARED_MARKERS, d.frequencies().loci().size());
            List<SamePersonPair> pairs = engine.samePerson(minLog10Lr, shared).stream()
                    .map(p -> new SamePersonPair(p.firstId(), p.secondId(), p.log10Lr(), p.sharedMarkers())).toList();
            cases.finishSearch(caseId, rows, pairs);
        } catch (KinshipException | HttpProblem e) {
            cases.failSearch(caseId, e.getMessage());
        } catch (RuntimeException e) {
            cases.failSearch(caseId, "the search stopped on an internal error (" + e.getClass().getSimpleName()
                    + "); run it again, and report it if it repeats");
        } finally {
            running.remove(caseId);
        }
    }
}
