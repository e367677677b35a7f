package org.repatria.server.inquiry;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.repatria.core.account.Account;
import org.repatria.core.account.Role;
import org.repatria.core.list.ListHeader;
import org.repatria.core.person.Person;
import org.repatria.core.request.RowStatus;
import org.repatria.server.access.ChildRecords;
import org.repatria.server.access.ListAccess;
import org.repatria.server.access.VisibleList;
import org.repatria.store.Store;
import org.repatria.store.inquiry.AlertState;
import org.repatria.store.inquiry.StoredAlert;
import org.repatria.store.inquiry.StoredInquiry;
import org.repatria.store.request.RequestedList;
import org.repatria.store.request.StoredAnswer;
import org.repatria.store.request.View;

/**
 * Checks the open inquiries against the sources their holders may read, off the request thread: one thread, woken
 * every {@link #EVERY} and at once when an inquiry is recorded or changed. A source is a list (checked once, when it
 * first becomes readable to the holder: stored by it, or relayed to it), the answers to a request list, or the rows of
 * a list the holder's own identification unit confirmed as identified (both checked again whenever their number
 * changes). The rows are read as the holder account may read them, so a row the holder
 * may not read never raises an alert for it.
 */
final class InquiryWatch implements AutoCloseable {
    /** How often the sources are looked over. */
    static final Duration EVERY = Duration.ofSeconds(2);
    private static final Logger LOG = Logger.getLogger(InquiryWatch.class.getName());
    private static final Set<RowStatus> SUBSTANCE = Set.of(RowStatus.HELD, RowStatus.LOCATED, RowStatus.RETURNED,
            RowStatus.DECEASED);
    private final Store store;
    private final Clock clock;
    private final ListAccess access;
    private final ChildRecords children;
    private final ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "inquiry-watch");
        t.setDaemon(true);
        return t;
    });

    InquiryWatch(Store store, Clock clock, ListAccess access, ChildRecords children) {
        this.store = store;
        this.clock = clock;
        this.access = access;
        this.children = children;
    }

    /** Starts looking over the sources every {@link #EVERY}. */
    void start() {
        thread.scheduleWithFixedDelay(this::safely, 0, EVERY.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Looks over the sources soon, on the watch's thread. */
    void nudge() {
        if (!thread.isShutdown()) {
            thread.execute(this::safely);
        }
    }

    @Override
    public void close() {
        thread.shutdownNow();
    }

    private void safely() {
        try {
            sweep();
        } catch (RuntimeException e) { // a store that closed under us, a bad row: the next sweep tries again
            LOG.log(Level.WARNING, "checking inquiries against new lists failed; trying again in " + EVERY, e);
        }
    }

    /** One look over every source of every open inquiry not checked yet; returns how many alerts it raised. */
    int sweep() {
        List<StoredInquiry> open = store.inquiries().open();
        if (open.isEmpty()) {
            return 0;
        }
        Map<String, Set<String>> checked = store.inquiryAlerts().checks();
        Map<String, List<StoredInquiry>> byHolder = new LinkedHashMap<>();
        open.forEach(q -> byHolder.computeIfAbsent(q.holderAccount(), k -> new ArrayList<>()).add(q));
        Map<String, List<Person>> rowsRead = new HashMap<>();
        int raised = 0;
        for (Map.Entry<String, List<StoredInquiry>> e : byHolder.entrySet()) {
            Optional<Account> holder = store.accounts().find(e.getKey());
            if (holder.isEmpty() || !Inquiries.mayHold(holder.get())) {
                continue;
            }
            for (VisibleList v : access.visible(holder.get())) {
                ListHeader list = v.header();
                if (!children.mayReadPersons(holder.get(), list)) {
                    continue;
                }
                String key = "list|" + list.id();
                List<StoredInquiry> due = due(e.getValue(), checked, key);
                if (!due.isEmpty()) {
                    List<Person> rows = rowsRead.computeIfAbsent(list.id().toString(), k -> store.lists().persons(list.id()));
                    raised += check(due, "list", list, rows, key);
                }
                raised += answers(holder.get(), list, e.getValue(), checked, rowsRead);
                raised += identified(holder.get(), list, e.getValue(), checked, rowsRead);
            }
        }
        return raised;
    }

    private int answers(Account holder, ListHeader list, List<StoredInquiry> inquiries, Map<String, Set<String>> checked,
                        Map<String, List<Person>> rowsRead) {
        int raised = 0;
        for (RequestedList r : store.requests().requested(list.id())) {
            Optional<View> view = holder.role() == Role.MEDIATOR || holder.party().equals(r.requested())
                    ? Optional.of(View.SUBMITTED) : holder.party().equals(list.author()) ? Optional.of(View.SHOWN) : Optional.empty();
            if (view.isEmpty()) {
                continue;
            }
            List<StoredAnswer> answers = store.requests().answers(list.id(), r.requested(), view.get());
            String key = "answers|" + list.id() + "|" + r.requested().value() + "|" + answers.size();
            List<StoredInquiry> due = due(inquiries, checked, key);
            if (answers.isEmpty() || due.isEmpty()) {
                continue;
            }
            Map<String, Person> byRow = new HashMap<>();
            rowsRead.computeIfAbsent(list.id().toString(), k -> store.lists().persons(list.id()))
                    .forEach(p -> byRow.put(p.rowId(), p));
            Map<String, Person> held = new LinkedHashMap<>();
            for (StoredAnswer a : answers) {
                Person row = byRow.get(a.answer().rowId());
                if (row != null && SUBSTANCE.contains(a.answer().status())) {
                    held.put(row.rowId(), a.answer().nameHeld().isEmpty() ? row : new Person(row.rowId(),
                            a.answer().nameHeld(), row.latin(), row.sex(), row.birthDate(), row.birthPlace(), row.militaryId(),
                            row.rank(), row.unit(), row.category(), row.details()));
                } else {
                    held.remove(a.answer().rowId());
                }
            }
            raised += check(due, "answer", list, List.copyOf(held.values()), key);
        }
        return raised;
    }

    /** The rows of a list the holder's own identification unit confirmed as identified (remains), as one source. */
    private int identified(Account holder, ListHeader list, List<StoredInquiry> inquiries, Map<String, Set<String>> checked,
                           Map<String, List<Person>> rowsRead) {
        List<String> rows = store.cases().decisions().identifiedRows(list.id(), holder.party());
        String key = "identified|" + list.id() + "|" + rows.size();
        List<StoredInquiry> due = due(inquiries, checked, key);
        if (rows.isEmpty() || due.isEmpty()) {
            return 0;
        }
        Set<String> ids = Set.copyOf(rows);
        List<Person> identified = rowsRead.computeIfAbsent(list.id().toString(), k -> store.lists().persons(list.id()))
                .stream().filter(p -> ids.contains(p.rowId())).toList();
        return check(due, "identification", list, identified, key);
    }

    private static List<StoredInquiry> due(List<StoredInquiry> inquiries, Map<String, Set<String>> checked, String key) {
        return inquiries.stream().filter(q -> !checked.getOrDefault(q.id(), Set.of()).contains(key)).toList();
    }

    private int check(List<StoredInquiry> due, String source, ListHeader list, List<Person> rows, String key) {
        int raised = 0;
        SoughtCheck check = rows.isEmpty() ? null : new SoughtCheck(rows);
        for (StoredInquiry q : due) {
            if (check != null) {
                for (SoughtCheck.Hit h : check.hits(q.particulars())) {
                    boolean added = store.inquiryAlerts().raise(new StoredAlert(UUID.randomUUID().toString(), q.id(), source,
                            list.id(), h.row().rowId(), h.row().name().full(), h.score(), AlertState.NEW, clock.instant(), "",
                            Optional.empty(), h.reasons()));
                    raised += added ? 1 : 0;
                }
            }
            store.inquiryAlerts().checked(q.id(), key);
        }
        return raised;
    }
}
