package org.repatria.server.tracing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.repatria.core.account.Account;
import org.repatria.core.account.Role;
import org.repatria.core.list.ListHeader;
import org.repatria.core.person.Category;
import org.repatria.core.person.Person;
import org.repatria.core.person.PersonName;
import org.repatria.core.request.RowStatus;
import org.repatria.match.trace.ChildRecord;
import org.repatria.server.access.ChildRecords;
import org.repatria.server.access.ListAccess;
import org.repatria.server.access.VisibleList;
import org.repatria.server.error.HttpProblem;
import org.repatria.store.Store;
import org.repatria.store.child.RecordPart;
import org.repatria.store.request.RequestedList;
import org.repatria.store.request.StoredAnswer;
import org.repatria.store.request.View;

/**
 * The records a case is searched among, as the reader may see them: every answer that found a person (held, located,
 * returned) to a request list the reader sees — the requesting side once the mediator relayed it — under the name held,
 * with the answered row's birth date and place and the answer's date as the placement; and every child's row (a CHILD
 * row, or anyone under 18 at the list's date) of every other list the reader may read. Each children's list read is
 * recorded once.
 */
final class CandidatePool {
    /** The most records one search takes. */
    static final int MAX_RECORDS = 200_000;
    private static final Set<RowStatus> FOUND = Set.of(RowStatus.HELD, RowStatus.LOCATED, RowStatus.RETURNED);

    final List<ChildRecord> records = new ArrayList<>();
    final Map<String, CandidateSource> sources = new LinkedHashMap<>();

    private CandidatePool() {
    }

    static CandidatePool of(Store store, ListAccess access, ChildRecords children, Account reader, ListHeader own) {
        CandidatePool pool = new CandidatePool();
        Map<String, Map<String, Person>> rows = new HashMap<>();
        for (VisibleList v : access.visible(reader)) {
            ListHeader list = v.header();
            if (!children.mayReadPersons(reader, list)) {
                continue;
            }
            boolean read = false;
            for (RequestedList r : store.requests().requested(list.id())) {
                Optional<View> view = view(reader, list, r);
                if (view.isEmpty()) {
                    continue;
                }
                for (StoredAnswer a : latest(store.requests().answers(list.id(), r.requested(), view.get()))) {
                    Person row = rows.computeIfAbsent(list.id().toString(), k -> byRow(store, list)).get(a.answer().rowId());
                    if (row != null && FOUND.contains(a.answer().status())) {
                        PersonName held = a.answer().nameHeld().isEmpty() ? row.name() : a.answer().nameHeld();
                        Person named = new Person(row.rowId(), held, row.latin(), row.sex(), row.birthDate(),
                                row.birthPlace(), "", "", "", row.category(), row.details());
                        pool.add(new CandidateSource("answer", list.id().toString(), r.requested().value(), row.rowId(), held.full(),
                                row.birthDate().iso()), named, a.answer().date().iso());
                        read = true;
                    }
                }
            }
            if (!list.id().equals(own.id())) {
                for (Person p : rows.computeIfAbsent(list.id().toString(), k -> byRow(store, list)).values()) {
                    if (child(p, list)) {
                        pool.add(new CandidateSource("list", list.id().toString(), list.author().value(), p.rowId(), p.name().full(),
                                p.birthDate().iso()), p, "");
                        read = true;
                    }
                }
            }
            if (read) {
                children.recordRead(reader, list, Optional.empty(), RecordPart.ROWS);
            }
        }
        return pool;
    }

    private void add(CandidateSource s, Person p, String since) {
        if (records.size() >= MAX_RECORDS) {
            throw HttpProblem.unprocessable("too_many_candidates", "the lists and answers you may read hold more than "
                    + MAX_RECORDS + " children's records; the search takes at most that many");
        }
        String id = String.join("|", s.kind(), s.listId(), s.party(), s.rowId());
        sources.put(id, s);
        records.add(CaseRecord.record(id, p, since));
    }

    /** Which answers to a request the reader sees: the requesting side relayed ones, a requested party its own, the mediator all. */
    private static Optional<View> view(Account reader, ListHeader list, RequestedList r) {
        if (reader.role() == Role.MEDIATOR || reader.party().equals(r.requested())) {
            return Optional.of(View.SUBMITTED);
        }
        return reader.party().equals(list.author()) ? Optional.of(View.SHOWN) : Optional.empty();
    }

    /** The latest answer per row (a later answer supersedes an earlier one). */
    private static List<StoredAnswer> latest(List<StoredAnswer> oldestFirst) {
        Map<String, StoredAnswer> out = new LinkedHashMap<>();
        oldestFirst.forEach(a -> out.put(a.answer().rowId(), a));
        return List.copyOf(out.values());
    }

    private static Map<String, Person> byRow(Store store, ListHeader list) {
        Map<String, Person> out = new LinkedHashMap<>();
        store.lists().persons(list.id()).forEach(p -> out.put(p.rowId(), p));
        return out;
    }

    /** A child's row: a CHILD row, or anyone under 18 at the list's date. */
    private static boolean child(Person p, ListHeader list) {
        if (p.category() == Category.CHILD) {
            return true;
        }
        String iso = p.birthDate().iso();
        int listYear = list.created().atZone(java.time.ZoneOffset.UTC).getYear();
        return iso.length() >= 4 && listYear - Integer.parseInt(iso.substring(0, 4)) < 18;
    }
}
