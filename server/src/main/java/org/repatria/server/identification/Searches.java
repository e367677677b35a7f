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
import org.repatria.store.genetic.StoredMatch;

/**
 * Runs case searches one at a time on a background thread (the search itself uses every core), keeps
 * each running search's progress in memory, and stores the rows when it ends.
 */
final class Searches {
    private final Cases cases;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "dna-search");
        t.setDaemon(true);
        return t;
    });
    private final Map<String, SearchProgress> running = new ConcurrentHashMap<>();

    Searches(Cases cases) {
        this.cases = cases;
    }

    /** Queues the search; {@code data} is read on the worker so a large case does not hold the request. */
    void start(String caseId, double minLog10Lr, Supplier<KinshipData> data) {
        running.put(caseId, new SearchProgress(0, 0));
        worker.execute(() -> run(caseId, minLog10Lr, data));
    }

    /** Families searched so far and in all, while the case's search runs. */
    Optional<SearchProgress> progress(String caseId) {
        return Optional.ofNullable(running.get(caseId));
    }

    private void run(String caseId, double minLog10Lr, Supplier<KinshipData> data) {
        try {
            KinshipEngine engine = new KinshipEngine(data.get());
            List<StoredMatch> rows = engine.search(minLog10Lr, (done, total) -> running.put(caseId, new SearchProgress(done, total)))
                    .stream().map(m -> new StoredMatch(m.remainsId(), m.familyId(), m.missingId(), m.log10Lr(), m.exclusions()))
                    .toList();
            cases.finishSearch(caseId, rows);
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
