package org.repatria.server.person;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Predicate;
import org.repatria.core.account.Account;
import org.repatria.core.list.ListId;
import org.repatria.core.person.Person;
import org.repatria.match.person.Hit;
import org.repatria.match.person.PersonIndex;
import org.repatria.match.person.PersonLink;
import org.repatria.match.person.RowRef;
import org.repatria.server.access.ChildRecords;
import org.repatria.server.access.ListAccess;
import org.repatria.server.access.VisibleList;
import org.repatria.server.error.HttpProblem;
import org.repatria.store.Store;
import org.repatria.store.child.RecordPart;
import org.repatria.store.person.PersonVerdict;

/**
 * One person across every list (docs/decisions/0156): search in any script, a person's rows and links, a reviewer's
 * correction. Each person is shown only to a reader who may read at least one of its rows, and only through those rows;
 * any other is "not found" (404), never refused, so nothing tells that it exists. The index is kept by
 * {@link PersonJoiner} on its own thread: a list joins it within a second of being stored, off the request thread.
 */
public final class Persons implements AutoCloseable {
    /** The longest query, in characters. */
    public static final int MAX_QUERY = 200;
    /** The most words a query may have. */
    public static final int MAX_WORDS = 8;
    /** The most persons one search answers with. */
    public static final int MAX_LIMIT = 50;
    /** Hits taken from the index before the reader's rows are picked out of them. */
    private static final int HITS = 100;
    private static final Duration CORRECTION_WAIT = Duration.ofSeconds(30);
    private final Store store;
    private final ListAccess access;
    private final ChildRecords children;
    private final PersonJoiner joiner;

    private Persons(Store store, Clock clock) {
        this.store = store;
        this.access = new ListAccess(store.lists());
        this.children = new ChildRecords(store, clock);
        this.joiner = new PersonJoiner(store, clock);
    }

    /** Restores the index from {@code store} and keeps it joined to every list stored, on its own thread. */
    public static Persons start(Store store, Clock clock) {
        Persons persons = new Persons(store, clock);
        persons.joiner.start();
        return persons;
    }

    /**
     * Waits until every list stored and every verdict recorded before the call is in the index; false when {@code max}
     * passed first.
     */
    public boolean settle(Duration max) {
        return joiner.settle(max);
    }

    /**
     * The persons {@code query} names that {@code reader} may see, best first, at most {@code limit}.
     *
     * @throws HttpProblem 400 (field {@code q}) when the query is blank, longer than {@value #MAX_QUERY} characters or
     *     has more than {@value #MAX_WORDS} words
     */
    public List<FoundPerson> search(Account reader, String query, int limit) {
        String q = query(query);
        ReaderLists lists = new ReaderLists(reader, access, children);
        List<Map.Entry<String, List<RowRef>>> picked = new ArrayList<>();
        for (Hit hit : joiner.index().search(q, HITS)) {
            List<RowRef> readable = hit.rows().stream().filter(r -> lists.get(r.listId()).isPresent()).toList();
            Optional<String> id = joiner.idOf(hit.person());
            if (!readable.isEmpty() && id.isPresent()) {
                picked.add(Map.entry(id.get(), readable));
            }
            if (picked.size() == Math.min(limit, MAX_LIMIT)) {
                break;
            }
        }
        Map<RowRef, PersonRow> rows = rows(lists, picked.stream().flatMap(e -> e.getValue().stream()).toList(), reader, Set.of());
        return picked.stream().map(e -> new FoundPerson(e.getKey(),
                e.getValue().stream().map(rows::get).filter(r -> r != null).toList()))
                .filter(p -> !p.rows().isEmpty()).toList();
    }

    /**
     * The person {@code id} names (a merged person's id names its survivor) as {@code reader} may see it.
     *
     * @throws HttpProblem 404 when there is no such person, or none of its rows is readable by the reader
     */
    public PersonFile find(Account reader, String id) {
        ReaderLists lists = new ReaderLists(reader, access, children);
        long number = number(id);
        PersonIndex index = joiner.index();
        List<RowRef> own = index.rows(number).stream().filter(r -> lists.get(r.listId()).isPresent()).toList();
        if (own.isEmpty()) {
            throw absent(id);
        }
        List<PersonLink> links = index.links(number);
        List<PersonLink> proposed = index.proposed(number);
        List<RowRef> wanted = new ArrayList<>(own);
        proposed.forEach(l -> wanted.addAll(List.of(l.a(), l.b())));
        // The page's dossier records the reads of the person's own children's rows, row by row: recorded once (0165).
        Map<RowRef, PersonRow> rows = rows(lists, wanted.stream().distinct().toList(), reader, Set.copyOf(own));
        Predicate<PersonLink> seen = l -> rows.containsKey(l.a()) && rows.containsKey(l.b());
        Set<RowRef> mine = Set.copyOf(own);
        List<RowLink> inside = links.stream().filter(seen).map(l -> link(l, rows, Optional.empty())).toList();
        List<RowLink> outside = proposed.stream().filter(seen).map(l -> {
            PersonLink o = mine.contains(l.a()) ? l : swap(l);
            return link(o, rows, joiner.idOf(personOf(index, o.b())));
        }).toList();
        List<PersonVerdict> verdicts = store.persons().verdictsNaming(own.stream().map(PersonJoiner::key).toList()).stream()
                .filter(v -> lists.get(v.a().list()).isPresent() && lists.get(v.b().list()).isPresent()).toList();
        return new PersonFile(joiner.idOf(number).orElse(id), own.stream().map(rows::get).toList(), inside, outside, verdicts);
    }

    /**
     * Records a reviewer's correction on the person {@code id} and feeds it to the index: "same" confirms a proposed
     * link from one of the person's rows to another person's row, "different" splits two of the person's rows apart.
     * Returns the id of the person holding the first row afterwards.
     *
     * @throws HttpProblem 404 when the reviewer may not see the person; 400 naming the field when a row is not the
     *     reviewer's to read, the first row is not the person's, the verdict is unknown or changes nothing, or the
     *     reason is missing or too long; 409 {@code rejected_before} when a "same" would join rows a reviewer rejected
     */
    public String correct(Account reviewer, String id, Correction c, Instant at) {
        PersonFile file = find(reviewer, id);
        ReaderLists lists = new ReaderLists(reviewer, access, children);
        RowRef a = row(lists, "a", c.aList(), c.aRow());
        RowRef b = row(lists, "b", c.bList(), c.bRow());
        if (file.rows().stream().noneMatch(r -> r.ref().list().toString().equals(a.listId()) && r.ref().rowId().equals(a.rowId()))) {
            throw HttpProblem.invalid("a_row", "is not a row of person " + file.id() + "; choose one of its rows");
        }
        boolean same = switch (c.verdict() == null ? "" : c.verdict()) {
            case "same" -> true;
            case "different" -> false;
            default -> throw HttpProblem.invalid("verdict", "must be same (confirm the link) or different (split it)");
        };
        PersonIndex index = joiner.index();
        boolean together = personOf(index, a) == personOf(index, b);
        if (same == together || a.equals(b)) {
            throw HttpProblem.invalid("verdict", same ? "the two rows are one person already" : "the two rows are two persons already");
        }
        String reason = c.reason() == null ? "" : c.reason().strip();
        if (reason.isEmpty() || reason.length() > PersonVerdict.MAX_REASON) {
            throw HttpProblem.invalid("reason", "say why, in at most " + PersonVerdict.MAX_REASON + " characters");
        }
        store.persons().addVerdict(new PersonVerdict(0, PersonJoiner.key(a), PersonJoiner.key(b), same,
                PersonVerdict.Source.PERSON, Optional.empty(), OptionalInt.empty(), reviewer.username(), at, reason));
        joiner.settle(CORRECTION_WAIT);
        if (same && personOf(index, a) != personOf(index, b)) {
            throw HttpProblem.conflict("rejected_before", "the two persons hold rows a reviewer rejected as one person;"
                    + " your correction is recorded but joins nothing: confirm those rows first, from either person's page");
        }
        return joiner.idOf(personOf(index, a)).orElse(file.id());
    }

    @Override
    public void close() {
        joiner.close();
    }

    private static String query(String raw) {
        String q = raw == null ? "" : raw.strip();
        if (q.isEmpty()) {
            throw HttpProblem.invalid("q", "is required: a name in any script, a birth date or year, or a military id");
        }
        if (q.length() > MAX_QUERY) {
            throw HttpProblem.invalid("q", "must be at most " + MAX_QUERY + " characters");
        }
        if (q.split("\\s+").length > MAX_WORDS) {
            throw HttpProblem.invalid("q", "must be at most " + MAX_WORDS + " words");
        }
        return q;
    }

    private long number(String id) {
        if (id == null || id.length() > 36) {
            throw absent(String.valueOf(id));
        }
        return store.persons().resolve(id).orElseThrow(() -> absent(id));
    }

    private static HttpProblem absent(String id) {
        return HttpProblem.notFound("no person " + id + " that you may see; search again, persons are found by name");
    }

    private static RowRef row(ReaderLists lists, String side, String list, String rowId) {
        if (rowId == null || rowId.isBlank() || lists.get(list == null ? "" : list.strip()).isEmpty()) {
            throw HttpProblem.invalid(side + "_row", "is not a row you may read; give its list id and row id");
        }
        return new RowRef(list.strip(), rowId.strip());
    }

    private static long personOf(PersonIndex index, RowRef row) {
        try {
            return index.personOf(row);
        } catch (IllegalArgumentException unknown) {
            throw HttpProblem.invalid("b_row", "is not in the person index yet; try again in a moment");
        }
    }

    private static RowLink link(PersonLink l, Map<RowRef, PersonRow> rows, Optional<String> other) {
        return new RowLink(rows.get(l.a()), rows.get(l.b()), l.probability(), l.kind() == PersonLink.Kind.CONFIRMED,
                l.explanation(), other);
    }

    private static PersonLink swap(PersonLink l) {
        return new PersonLink(l.b(), l.a(), l.probability(), l.kind(), l.explanation());
    }

    /**
     * The rows named, read from the store list by list, for the lists the reader may read; children's reads recorded
     * once per list, unless every row read of it is one the caller's dossier records itself ({@code dossier}).
     */
    private Map<RowRef, PersonRow> rows(ReaderLists lists, List<RowRef> refs, Account reader, Set<RowRef> dossier) {
        Map<String, List<String>> byList = new LinkedHashMap<>();
        refs.forEach(r -> byList.computeIfAbsent(r.listId(), k -> new ArrayList<>()).add(r.rowId()));
        Map<RowRef, PersonRow> out = new HashMap<>();
        for (Map.Entry<String, List<String>> e : byList.entrySet()) {
            Optional<VisibleList> list = lists.get(e.getKey());
            if (list.isEmpty()) {
                continue;
            }
            ListId id = list.get().header().id();
            Map<String, Person> found = store.lists().personsByRowId(id, e.getValue());
            found.forEach((rowId, p) -> out.put(new RowRef(e.getKey(), rowId), new PersonRow(list.get(), p)));
            if (found.keySet().stream().anyMatch(rowId -> !dossier.contains(new RowRef(e.getKey(), rowId)))) {
                children.recordRead(reader, list.get().header(), Optional.empty(), RecordPart.ROWS);
            }
        }
        return out;
    }
}
