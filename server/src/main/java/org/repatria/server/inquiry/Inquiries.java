package org.repatria.server.inquiry;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.repatria.core.account.Account;
import org.repatria.core.account.Role;
import org.repatria.core.inquiry.InquiryException;
import org.repatria.core.inquiry.InquiryField;
import org.repatria.core.inquiry.InquiryParticulars;
import org.repatria.core.inquiry.InquiryStatus;
import org.repatria.server.access.ChildRecords;
import org.repatria.server.access.ListAccess;
import org.repatria.server.error.HttpProblem;
import org.repatria.store.Store;
import org.repatria.store.child.RecordPart;
import org.repatria.store.inquiry.AlertState;
import org.repatria.store.inquiry.InquiryRead;
import org.repatria.store.inquiry.StoredAlert;
import org.repatria.store.inquiry.StoredInquiry;

/**
 * Families' inquiries, the one entry point (docs/decisions/0158). A party's desk (an ombudsperson's office is one) or
 * the mediator's records an inquiry and holds it; it is read and changed only by the accounts of the holding desk
 * (party desks of that party; for the mediator's own inquiries, the mediator's accounts), every read recorded; to
 * anyone else it does not exist (404). Open inquiries are checked against new lists and answers off the request thread.
 */
public final class Inquiries implements AutoCloseable {
    /** The most characters of a status's reason. */
    public static final int MAX_REASON = 500;
    /** The most inquiries one desk may hold open. */
    public static final int MAX_OPEN = 10_000;
    private final Store store;
    private final Clock clock;
    private final ChildRecords children;
    private final ListAccess access;
    private final InquiryWatch watch;

    /** Inquiries kept in {@code store}, dated by {@code clock}; lists read through {@code access} and {@code children}. */
    public Inquiries(Store store, Clock clock, ListAccess access, ChildRecords children) {
        this.store = store;
        this.clock = clock;
        this.children = children;
        this.access = access;
        this.watch = new InquiryWatch(store, clock, access, children);
    }

    /** Starts checking open inquiries against new lists and answers in the background. */
    public Inquiries start() {
        watch.start();
        return this;
    }

    /** Stops the background checks. */
    @Override
    public void close() {
        watch.close();
    }

    /** Whether an account works at a desk that may hold inquiries: a party's desk or the mediator's. */
    public static boolean mayHold(Account a) {
        return a.role() == Role.PARTY_DESK || a.role() == Role.MEDIATOR;
    }

    /** A line of a desk's inquiries: the inquiry and how many of its alerts are new. */
    public record Line(StoredInquiry inquiry, int newAlerts) {
    }

    /** The inquiries the reader's desk holds, newest first, with their new alerts; not a recorded read of each. */
    public List<Line> held(Account reader) {
        if (!mayHold(reader)) {
            return List.of();
        }
        Map<String, Integer> counts = store.inquiryAlerts().newCounts(reader.party());
        return store.inquiries().heldBy(reader.party()).stream()
                .map(q -> new Line(q, counts.getOrDefault(q.id(), 0))).toList();
    }

    /** How many new alerts the reader's desk has on its inquiries (the badge on the desk's home). */
    public int newAlerts(Account reader) {
        return mayHold(reader) ? store.inquiryAlerts().newCounts(reader.party()).values().stream().mapToInt(i -> i).sum() : 0;
    }

    /**
     * Records an inquiry held by the recorder's desk and checks it at once (off the request thread) against the lists
     * and answers the recorder may read.
     *
     * @throws HttpProblem 400 naming a field that is unknown, missing, too long or not what it takes; 422
     *     {@code too_many_inquiries}
     */
    public InquiryView record(Account recorder, Map<String, String> raw) {
        requireDesk(recorder);
        InquiryParticulars p = particulars(raw);
        if (store.inquiries().openCount(recorder.party()) >= MAX_OPEN) {
            throw HttpProblem.unprocessable("too_many_inquiries", "your desk holds " + MAX_OPEN + " open inquiries, the"
                    + " most it may; close those answered first");
        }
        var now = clock.instant();
        StoredInquiry q = new StoredInquiry(UUID.randomUUID().toString(), recorder.party(), recorder.username(),
                InquiryStatus.OPEN, "", p, now, now);
        store.inquiries().record(q);
        watch.nudge();
        return view(recorder, q.id());
    }

    /**
     * Replaces an inquiry's particulars; each changed field is a row of its history. A closed inquiry changes no more.
     *
     * @throws HttpProblem 404 for an inquiry the editor's desk does not hold; 400 naming a field; 409 {@code inquiry_closed}
     */
    public InquiryView edit(Account editor, String id, Map<String, String> raw) {
        StoredInquiry q = holding(editor, id);
        InquiryParticulars p = particulars(raw);
        if (q.status() == InquiryStatus.CLOSED) {
            throw HttpProblem.conflict("inquiry_closed", "this inquiry is closed (" + q.reason() + "); reopen it first");
        }
        store.inquiries().edit(q.id(), p, editor.username(), clock.instant());
        redo(q.id());
        return view(editor, q.id());
    }

    /**
     * Sets an inquiry's status: {@code open}, {@code answered} or {@code closed}, with the reason (required unless open).
     *
     * @throws HttpProblem 404 for an inquiry the desk does not hold; 400 (field {@code status} or {@code reason})
     */
    public InquiryView status(Account by, String id, String rawStatus, String rawReason) {
        StoredInquiry q = holding(by, id);
        InquiryStatus status = InquiryStatus.ofToken(rawStatus == null ? "" : rawStatus).orElseThrow(() ->
                HttpProblem.invalid("status", "is open, answered or closed"));
        String reason = rawReason == null ? "" : rawReason.strip();
        if (status != InquiryStatus.OPEN && reason.isEmpty()) {
            throw HttpProblem.invalid("reason", "is required when an inquiry is " + status.token() + ": say why");
        }
        if (reason.length() > MAX_REASON || reason.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r')) {
            throw HttpProblem.invalid("reason", "is at most " + MAX_REASON + " characters of plain text");
        }
        if (status != q.status() || !reason.equals(q.reason())) {
            store.inquiries().status(q.id(), status, reason, by.username(), clock.instant());
            if (status == InquiryStatus.OPEN) {
                watch.nudge();
            }
        }
        return view(by, q.id());
    }

    /**
     * The inquiry, its history and its alerts on rows the reader may read; one recorded read.
     *
     * @throws HttpProblem 404 when the reader's desk does not hold it (or it does not exist)
     */
    public InquiryView open(Account reader, String id) {
        InquiryView v = view(reader, holding(reader, id).id());
        store.inquiryReads().record(new InquiryRead(UUID.randomUUID().toString(), clock.instant(), reader.username(),
                reader.party(), reader.role(), id, "inquiry"));
        for (StoredAlert a : v.alerts()) {
            children.recordRead(reader, a.list(), Optional.of(a.rowId()), RecordPart.MATCHES);
        }
        return v;
    }

    /**
     * Marks an alert {@code seen}, {@code dismissed} or {@code confirmed}, with who and when.
     *
     * @throws HttpProblem 404 for an inquiry or alert the desk may not read; 400 (field {@code state})
     */
    public StoredAlert decide(Account by, String id, String alertId, String rawState) {
        StoredInquiry q = holding(by, id);
        AlertState state = AlertState.ofToken(rawState == null ? "" : rawState).filter(s -> s != AlertState.NEW)
                .orElseThrow(() -> HttpProblem.invalid("state", "is seen, dismissed or confirmed"));
        StoredAlert a = readableAlerts(by, q.id()).stream().filter(x -> x.id().equals(String.valueOf(alertId))).findFirst()
                .orElseThrow(() -> HttpProblem.notFound("this inquiry has no alert " + alertId));
        store.inquiryAlerts().decide(a.id(), state, by.username(), clock.instant());
        return store.inquiryAlerts().find(q.id(), a.id()).orElseThrow();
    }

    /** Checks every source again for an inquiry whose particulars changed (alerts raised before are kept). */
    private void redo(String id) {
        store.inquiryAlerts().forget(id);
        watch.nudge();
    }

    private InquiryView view(Account reader, String id) {
        StoredInquiry q = store.inquiries().find(id).orElseThrow();
        return new InquiryView(q, store.inquiries().changes(id), readableAlerts(reader, id));
    }

    /** The inquiry's alerts on rows the reader may read (a children's list needs the children permission). */
    private List<StoredAlert> readableAlerts(Account reader, String id) {
        Map<String, Boolean> readable = new LinkedHashMap<>();
        return store.inquiryAlerts().of(id).stream().filter(a -> readable.computeIfAbsent(a.list().toString(), k ->
                access.readable(reader, a.list()).filter(v -> children.mayReadPersons(reader, v.header())).isPresent()))
                .toList();
    }

    private StoredInquiry holding(Account reader, String id) {
        requireDesk(reader);
        return store.inquiries().find(String.valueOf(id)).filter(q -> q.holderParty().equals(reader.party()))
                .orElseThrow(() -> HttpProblem.notFound("no inquiry " + id + " that your desk holds"));
    }

    private static void requireDesk(Account a) {
        if (!mayHold(a)) {
            throw HttpProblem.notFound("inquiries are held by party desks and the mediator's desk");
        }
    }

    private static InquiryParticulars particulars(Map<String, String> raw) {
        if (raw == null) {
            throw HttpProblem.invalid("fields", "is required: an object of field to value");
        }
        Map<InquiryField, String> values = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : raw.entrySet()) {
            InquiryField f = InquiryField.ofToken(e.getKey()).orElseThrow(() -> HttpProblem.invalid(String.valueOf(e.getKey()),
                    "is not a field of an inquiry; use " + String.join(", ", java.util.Arrays.stream(InquiryField.values())
                            .map(InquiryField::token).toList())));
            values.put(f, e.getValue());
        }
        try {
            return new InquiryParticulars(values);
        } catch (InquiryException e) {
            throw HttpProblem.invalid(e.field(), e.reason());
        }
    }
}
