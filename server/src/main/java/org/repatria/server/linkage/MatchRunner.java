package org.repatria.server.linkage;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import org.repatria.match.Decision;
import org.repatria.match.Link;
import org.repatria.match.Linkage;
import org.repatria.match.Matcher;
import org.repatria.match.PersonRecord;
import org.repatria.match.Settings;
import org.repatria.store.link.Runs;
import org.repatria.store.link.StoredLink;

/**
 * Runs matches one at a time on a background thread (the matcher itself uses every core), keeps each running
 * match's progress in memory, and stores the links when it ends.
 */
final class MatchRunner {
    private final Runs runs;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "match-run");
        t.setDaemon(true);
        return t;
    });
    private final Map<String, RunProgress> running = new ConcurrentHashMap<>();

    MatchRunner(Runs runs) {
        this.runs = runs;
    }

    /** Queues the run; the two lists are read on the worker so large lists do not hold the request. */
    void start(String runId, Supplier<List<PersonRecord>> left, Supplier<List<PersonRecord>> right) {
        running.put(runId, new RunProgress("queued", 0, 0));
        worker.execute(() -> run(runId, left, right));
    }

    Optional<RunProgress> progress(String runId) {
        return Optional.ofNullable(running.get(runId));
    }

    private void run(String runId, Supplier<List<PersonRecord>> left, Supplier<List<PersonRecord>> right) {
        try {
            running.put(runId, new RunProgress("read", 0, 0));
            List<PersonRecord> a = left.get();
            List<PersonRecord> b = right.get();
            Matcher matcher = new Matcher(Settings.DEFAULT,
                    (stage, done, total) -> running.put(runId, new RunProgress(stage, done, total)));
            Linkage linkage = matcher.link(a, b);
            List<StoredLink> links = new ArrayList<>(linkage.links().size());
            for (Link l : linkage.links()) {
                links.add(new StoredLink(links.size(), l.leftId(), l.rightId(), l.probability(), l.decision() == Decision.MATCH,
                        ExplanationText.encode(l.explanation()), StoredLink.Verdict.PENDING, Optional.empty(), Optional.empty()));
            }
            runs.finish(runId, links, linkage.candidatePairs());
        } catch (RuntimeException e) {
            runs.fail(runId, "the match stopped on an internal error (" + e.getClass().getSimpleName()
                    + "); run it again, and report it if it repeats");
        } finally {
            running.remove(runId);
        }
    }
}
