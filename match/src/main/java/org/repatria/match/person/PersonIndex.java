package org.repatria.match.person;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;
import org.repatria.match.PersonRecord;
import org.repatria.match.Preparation;
import org.repatria.match.Settings;
import org.repatria.match.compare.Profile;
import org.repatria.match.score.Scorer;

/**
 * One person across every list: holds every row of every list in memory, links each new list to the rows held and
 * within itself (incrementally, without relinking what is held), files rows into persons, honours reviewers' confirmed
 * and rejected pairs, and finds persons by a name in any script, a birth date or year, or a military id. Safe for one
 * writer and many readers: readers wait only while a writer files its result, not while it links.
 */
public final class PersonIndex {
    /** The most hits a search returns. */
    public static final int MAX_HITS = 100;
    /** The most rows one {@link #add} or {@link #restore} takes (the rows blocking numbers). */
    public static final int MAX_ROWS = (1 << 23) - 1;
    private static final int SMALL_PERSON = 50;
    private static final int MODEL_SAMPLE = 20_000;
    /** u (random pairs' agreement) is sampled again when the rows held have grown this much since it was. */
    private static final double U_REGROWTH = 1.5;

    private final Settings settings;
    private final Preparation preparation = new Preparation();
    private final HeldRows held = new HeldRows();
    private final ReadWriteLock lock = new ReentrantReadWriteLock();
    private final Object writer = new Object();
    private volatile Scorer scorer;
    private double[][] u;
    private int uHeld;

    /** An empty index deciding with {@link Settings#DEFAULT}. */
    public PersonIndex() {
        this(Settings.DEFAULT);
    }

    /** An empty index deciding with these settings. */
    public PersonIndex(Settings settings) {
        this.settings = settings;
    }

    /** Links the new rows to the index and among themselves (duplicates inside the list) and files them into persons. */
    public Joined add(String listId, List<PersonRecord> rows) {
        synchronized (writer) {
            List<RowRef> refs = refs(listId, rows);
            List<Profile> fresh = rows.parallelStream().map(preparation::profile).toList();
            if (fresh.isEmpty()) {
                return new Joined(List.of(), Map.of(), Set.of());
            }
            List<Blocks.Keyed> keyed = fresh.parallelStream().map(Blocks::keyed).toList();
            Joining.Scored s = Joining.score(held, fresh, keyed, settings,
                    u != null && held.size() < U_REGROWTH * uHeld ? u : null);
            Filing.Plan plan = Filing.plan(held, fresh, s, settings.matchThreshold());
            Map<RowRef, Long> personOfNewRow = new LinkedHashMap<>();
            Set<Long> mergedAway = new HashSet<>();
            write(() -> {
                Map<Integer, Long> numbers = new HashMap<>(plan.personOfGroup());
                for (int i = 0; i < fresh.size(); i++) {
                    long p = numbers.computeIfAbsent(plan.group()[i], g -> held.newPerson());
                    held.append(refs.get(i), fresh.get(i), keyed.get(i), p);
                }
                Map<Long, Long> survivorOf = new HashMap<>();
                for (long[] m : plan.merges()) {
                    long x = survivor(survivorOf, m[0]);
                    long y = survivor(survivorOf, m[1]);
                    if (x != y) {
                        held.merge(Math.min(x, y), Math.max(x, y));
                        survivorOf.put(Math.max(x, y), Math.min(x, y));
                        mergedAway.add(Math.max(x, y));
                    }
                }
                for (int i = 0; i < fresh.size(); i++) {
                    personOfNewRow.put(refs.get(i), held.personOf(held.size() - fresh.size() + i));
                }
                return null;
            });
            scorer = s.scorer();
            if (s.u() != u) {
                u = s.u();
                uHeld = held.size() - fresh.size();
            }
            List<PersonLink> links = new ArrayList<>(s.size());
            for (int k = 0; k < s.size(); k++) {
                int a = s.a()[k];
                int b = s.b()[k];
                boolean same = held.personOf(a) == held.personOf(b);
                links.add(link(a, b, same ? PersonLink.Kind.MATCH : PersonLink.Kind.REVIEW));
            }
            return new Joined(links, personOfNewRow, mergedAway);
        }
    }

    /** A reviewer's "same person": must-link. Merges the two persons (the lower number survives). */
    public void confirm(RowRef a, RowRef b) {
        synchronized (writer) {
            int x = read(() -> held.number(a));
            int y = read(() -> held.number(b));
            long p = held.personOf(x);
            long q = held.personOf(y);
            if (p != q) {
                held.confirm(x, y); // a reviewer may confirm a pair that was rejected before
                long conflict = held.conflict(p, q);
                if (conflict >= 0) {
                    throw new IllegalArgumentException("rows " + held.refs.get((int) (conflict >>> 32)) + " and "
                            + held.refs.get((int) conflict) + " were rejected as one person; confirm them first to join "
                            + a + " and " + b);
                }
            }
            write(() -> {
                held.confirm(x, y);
                if (p != q) {
                    held.merge(Math.min(p, q), Math.max(p, q));
                }
                return null;
            });
        }
    }

    /** A reviewer's "not the same": cannot-link; splits the person when both rows are in one. */
    public void reject(RowRef a, RowRef b) {
        synchronized (writer) {
            int x = read(() -> held.number(a));
            int y = read(() -> held.number(b));
            if (x == y) {
                throw new IllegalArgumentException("row " + a + " cannot be rejected as another person than itself");
            }
            long p = held.personOf(x);
            write(() -> {
                held.reject(x, y);
                return null;
            });
            if (p == held.personOf(y)) {
                List<int[]> parts = Splitting.parts(held, held.rowsOf(p), scorer(), settings.reviewThreshold());
                write(() -> {
                    for (int[] part : parts.subList(1, parts.size())) {
                        held.split(p, part, held.newPerson());
                    }
                    return null;
                });
            }
        }
    }

    /** The person number holding the row (IllegalArgumentException naming the row when unknown). */
    public long personOf(RowRef row) {
        return read(() -> held.personOf(held.number(row)));
    }

    /** Every row of the person, in the order they joined (empty when no person has this number). */
    public List<RowRef> rows(long person) {
        return read(() -> refsOf(held.rowsOf(person)));
    }

    /** Pairs inside the person with probability, MATCH or CONFIRMED, and per-field reasons (small persons in full). */
    public List<PersonLink> links(long person) {
        return read(() -> {
            int[] r = held.rowsOf(person);
            List<PersonLink> out = new ArrayList<>();
            int small = Math.min(r.length, SMALL_PERSON);
            for (int i = 0; i < small; i++) {
                for (int j = i + 1; j < small; j++) {
                    PersonLink l = link(r[i], r[j], held.confirmed(r[i], r[j]) ? PersonLink.Kind.CONFIRMED
                            : PersonLink.Kind.MATCH);
                    if (l.kind() == PersonLink.Kind.CONFIRMED || l.probability() >= settings.reviewThreshold()) {
                        out.add(l);
                    }
                }
            }
            out.sort(Filing.bestFirst());
            return out;
        });
    }

    /** Proposed links (review level) from the person's rows to rows of other persons, best first, computed now. */
    public List<PersonLink> proposed(long person) {
        return read(() -> Proposals.of(held, person, scorer(), settings.reviewThreshold(), SMALL_PERSON, MAX_HITS));
    }

    /** Persons answering the query, best first; at most {@code limit} (capped at {@link #MAX_HITS}). */
    public List<Hit> search(String query, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("a search returns at least 1 person (got limit " + limit + ")");
        }
        Query q = Query.parse(query);
        if (q.terms().isEmpty()) {
            return List.of();
        }
        return read(() -> held.search.find(q, Math.min(limit, MAX_HITS), held.size(), held.profiles::get, held::personOf)
                .stream().map(r -> new Hit(r.person(), r.score(), refsOf(held.rowsOf(r.person())))).toList());
    }

    /** Rows held. */
    public int size() {
        return read(held::size);
    }

    /** Files rows into persons the store already decided (a restart), without linking; numbers continue above the max. */
    public void restore(String listId, List<PersonRecord> rows, List<Long> persons) {
        if (rows.size() != persons.size()) {
            throw new IllegalArgumentException("restore needs one person number per row (" + rows.size() + " rows, "
                    + persons.size() + " numbers)");
        }
        for (Long p : persons) {
            if (p == null || p < 1 || p >= 1L << 40) {
                throw new IllegalArgumentException("person numbers are from 1 to 2^40 (got " + p + ")");
            }
        }
        synchronized (writer) {
            List<RowRef> refs = refs(listId, rows);
            List<Profile> profiles = rows.parallelStream().map(preparation::profile).toList();
            List<Blocks.Keyed> keyed = profiles.parallelStream().map(Blocks::keyed).toList();
            write(() -> {
                for (int i = 0; i < rows.size(); i++) {
                    held.append(refs.get(i), profiles.get(i), keyed.get(i), persons.get(i));
                }
                return null;
            });
        }
    }

    private List<RowRef> refs(String listId, List<PersonRecord> rows) {
        if (listId == null || listId.isBlank()) {
            throw new IllegalArgumentException("a list id is needed to add rows to the person index");
        }
        if (rows.size() > MAX_ROWS) {
            throw new IllegalArgumentException("a list of " + rows.size() + " rows is more than the index takes at once ("
                    + MAX_ROWS + "); split it");
        }
        Set<RowRef> seen = new HashSet<>();
        List<RowRef> out = new ArrayList<>(rows.size());
        for (PersonRecord r : rows) {
            RowRef ref = new RowRef(listId, r.id());
            if (!seen.add(ref) || held.holds(ref)) {
                throw new IllegalArgumentException("row " + ref + " is already in the person index (or twice in the list)");
            }
            out.add(ref);
        }
        return out;
    }

    private static long survivor(Map<Long, Long> survivorOf, long p) {
        Long s = survivorOf.get(p);
        return s == null ? p : survivor(survivorOf, s);
    }

    private PersonLink link(int a, int b, PersonLink.Kind kind) {
        Joining.Explained e = Joining.explain(scorer(), held.profiles.get(a), held.profiles.get(b));
        return new PersonLink(held.refs.get(a), held.refs.get(b), e.probability(), kind, e.explanation());
    }

    private Scorer scorer() {
        Scorer s = scorer;
        if (s == null) {
            s = Joining.scorerOf(held.profiles, MODEL_SAMPLE);
            scorer = s;
        }
        return s;
    }

    private List<RowRef> refsOf(int[] rows) {
        List<RowRef> out = new ArrayList<>(rows.length);
        for (int r : rows) {
            out.add(held.refs.get(r));
        }
        return out;
    }

    private <T> T read(Supplier<T> action) {
        lock.readLock().lock();
        try {
            return action.get();
        } finally {
            lock.readLock().unlock();
        }
    }

    private <T> T write(Supplier<T> action) {
        lock.writeLock().lock();
        try {
            return action.get();
        } finally {
            lock.writeLock().unlock();
        }
    }
}
