package org.repatria.server.person;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.repatria.core.list.ListId;
import org.repatria.core.person.Person;
import org.repatria.match.PersonRecord;
import org.repatria.match.person.Joined;
import org.repatria.match.person.PersonIndex;
import org.repatria.match.person.RowRef;
import org.repatria.server.linkage.MatchRecords;
import org.repatria.store.Store;
import org.repatria.store.person.PersonChange;
import org.repatria.store.person.PersonVerdict;
import org.repatria.store.person.RowKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The index's one writer, on its own thread: restores the stored persons at start (no relinking), then every second
 * joins the lists stored since, copies the match runs' new verdicts and feeds every verdict not yet fed, storing what
 * each step changed. Readers read the index concurrently.
 */
final class PersonJoiner implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(PersonJoiner.class);
    private static final long TICK_MS = 1_000;
    private final Store store;
    private final Clock clock;
    private final PersonIndex index = new PersonIndex();
    private final Map<Long, String> ids = new ConcurrentHashMap<>();
    private final ScheduledExecutorService worker = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "person-index");
        t.setDaemon(true);
        return t;
    });
    /** The last verdict fed to the index, and the second from which match verdicts are copied: the worker's own. */
    private long fed;
    private long copiedSince;

    PersonJoiner(Store store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    void start() {
        worker.execute(this::restore);
        worker.scheduleWithFixedDelay(this::tick, 0, TICK_MS, TimeUnit.MILLISECONDS);
    }

    PersonIndex index() {
        return index;
    }

    /** The public id of a living person number. */
    Optional<String> idOf(long person) {
        return Optional.ofNullable(ids.get(person));
    }

    /** Runs one step now, after whatever the worker is doing, and waits for it; false when {@code max} passed first. */
    boolean settle(Duration max) {
        Future<?> step = worker.submit(this::tick);
        try {
            step.get(max.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (ExecutionException e) {
            throw new IllegalStateException("the person index stopped on " + e.getCause(), e.getCause());
        }
    }

    @Override
    public void close() {
        worker.shutdownNow();
    }

    private void restore() {
        try {
            for (ListId list : store.persons().joined()) {
                Map<String, Long> filed = store.persons().filed(list);
                List<PersonRecord> rows = new ArrayList<>();
                List<Long> persons = new ArrayList<>();
                List<PersonRecord> unfiled = new ArrayList<>();
                for (Person p : store.lists().persons(list)) {
                    Long n = filed.get(p.rowId());
                    if (n == null) {
                        unfiled.add(MatchRecords.of(p));
                    } else {
                        rows.add(MatchRecords.of(p));
                        persons.add(n);
                    }
                }
                index.restore(list.toString(), rows, persons);
                if (!unfiled.isEmpty()) {
                    add(list, unfiled, false);
                }
            }
            ids.putAll(store.persons().ids());
            for (PersonVerdict v : store.persons().verdictsAfter(0)) {
                feed(v);
            }
        } catch (RuntimeException e) {
            LOG.error("could not restore the person index; search finds only what it restored", e);
        }
    }

    private void tick() {
        try {
            for (ListId list : store.persons().waiting()) {
                add(list, store.lists().persons(list).stream().map(MatchRecords::of).toList(), true);
            }
            for (PersonVerdict v : store.persons().copyMatchVerdicts(copiedSince)) {
                copiedSince = Math.max(copiedSince, v.at().getEpochSecond());
            }
            for (PersonVerdict v : store.persons().verdictsAfter(fed)) {
                feed(v);
            }
        } catch (RuntimeException e) {
            LOG.warn("the person index could not take a step; it tries again in a second", e);
        }
    }

    private void add(ListId list, List<PersonRecord> rows, boolean joins) {
        Map<Long, RowKey> ceasedRows = new HashMap<>();
        long start = System.nanoTime();
        Joined joined = index.add(list.toString(), rows);
        long linked = System.nanoTime();
        Map<Long, Long> merged = new HashMap<>();
        for (long ceased : joined.mergedAway()) {
            store.persons().anyRowOf(ceased).ifPresent(r -> ceasedRows.put(ceased, r));
        }
        ceasedRows.forEach((ceased, row) -> merged.put(ceased, index.personOf(ref(row))));
        Map<RowKey, Long> filed = new HashMap<>();
        joined.personOfNewRow().forEach((r, n) -> filed.put(key(r), n));
        record(new PersonChange(joins ? Optional.of(list) : Optional.empty(), clock.instant(), filed, merged));
        LOG.info("the person index joined list {}: {} rows, {} persons merged; linked in {} ms, stored in {} ms", list,
                rows.size(), merged.size(), (linked - start) / 1_000_000, (System.nanoTime() - linked) / 1_000_000);
    }

    private void feed(PersonVerdict v) {
        fed = Math.max(fed, v.seq());
        RowRef a = ref(v.a());
        RowRef b = ref(v.b());
        long pa;
        long pb;
        try {
            pa = index.personOf(a);
            pb = index.personOf(b);
        } catch (IllegalArgumentException e) {
            LOG.info("verdict {} names a row the index does not hold ({}); it is fed again at the next start", v.seq(),
                    e.getMessage());
            return;
        }
        if (v.same()) {
            index.confirm(a, b);
        } else {
            index.reject(a, b);
        }
        long qa = index.personOf(a);
        long qb = index.personOf(b);
        Map<Long, Long> merged = new HashMap<>();
        Map<RowKey, Long> filed = new HashMap<>();
        Set<Long> touched = new HashSet<>(List.of(pa, pb, qa, qb));
        for (long p : touched) {
            List<RowRef> rows = index.rows(p);
            if (rows.isEmpty()) {
                merged.put(p, qa);
            }
            rows.forEach(r -> filed.put(key(r), p));
        }
        record(new PersonChange(Optional.empty(), clock.instant(), filed, merged));
    }

    private void record(PersonChange change) {
        ids.putAll(store.persons().record(change));
        change.mergedInto().keySet().forEach(ids::remove);
    }

    static RowRef ref(RowKey k) {
        return new RowRef(k.list().toString(), k.rowId());
    }

    static RowKey key(RowRef r) {
        return new RowKey(ListId.parse(r.listId()), r.rowId());
    }
}
