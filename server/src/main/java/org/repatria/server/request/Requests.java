package org.repatria.server.request;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.repatria.core.account.Account;
import org.repatria.core.list.ListHeader;
import org.repatria.core.request.RowAnswer;
import org.repatria.core.request.RowStatus;
import org.repatria.server.access.ChildRecords;
import org.repatria.server.document.DocumentMessages;
import org.repatria.server.document.DocumentSteps;
import org.repatria.server.error.HttpProblem;
import org.repatria.server.exchange.Exchange;
import org.repatria.server.log.TransparencyLog;
import org.repatria.server.request.RequestMessages.AnswerReply;
import org.repatria.server.request.RequestMessages.AnswersReply;
import org.repatria.server.request.RequestMessages.ChartReply;
import org.repatria.server.request.RequestMessages.ChartStep;
import org.repatria.server.request.RequestMessages.DeadlineRequest;
import org.repatria.server.request.RequestMessages.NameReply;
import org.repatria.server.request.RequestMessages.ReminderReply;
import org.repatria.server.request.RequestMessages.ReminderRequest;
import org.repatria.server.request.RequestMessages.RequestReply;
import org.repatria.server.request.RequestMessages.RowReply;
import org.repatria.server.request.RequestMessages.RowsReply;
import org.repatria.server.request.RequestMessages.SheetReply;
import org.repatria.server.request.RequestReaders.Seen;
import org.repatria.server.route.Query;
import org.repatria.store.Store;
import org.repatria.store.child.RecordPart;
import org.repatria.store.request.RequestRowPage;
import org.repatria.store.request.Requests.Key;
import org.repatria.store.request.StoredAnswer;
import org.repatria.store.request.View;

/**
 * Requests answered person by person: the one entry point the API's routes ({@link RequestApi}) and the desk share,
 * with the same need-to-know ({@code RequestReaders}). The requesting side (the list's author), each requested party
 * (a party the mediator relayed the list to) and the mediator read; the requested side answers; the mediator sets
 * deadlines and reminds; observers read counts only.
 */
public final class Requests {
    /** The largest page of rows a read may ask for (as the list rows' pages). */
    public static final int MAX_LIMIT = Query.MAX_LIMIT;
    private final Store store;
    private final Clock clock;
    private final RequestReaders readers;
    private final ChildRecords children;
    private final AnswerSubmissions submissions;
    private final RequestReminders reminders;

    /** Over {@code store}, documents appended to {@code log}, times from {@code clock}. */
    public Requests(Store store, TransparencyLog log, Clock clock) {
        this.store = store;
        this.clock = clock;
        this.readers = new RequestReaders(store);
        this.children = new ChildRecords(store, clock);
        DocumentSteps steps = new DocumentSteps(store, log, clock);
        this.submissions = new AnswerSubmissions(store, steps, children, clock);
        this.reminders = new RequestReminders(store, steps, clock);
    }

    /**
     * Every relayed request list the reader may see, one reply per (list, requested party): the requesting side sees
     * its own lists, a requested party the lists relayed to it, the mediator all, an observer counts of all.
     */
    public List<RequestReply> requests(Account reader) {
        Map<Key, Map<RowStatus, Integer>> submitted = store.requests().counts(View.SUBMITTED);
        Map<Key, Map<RowStatus, Integer>> shown = store.requests().counts(View.SHOWN);
        Instant now = clock.instant();
        return readers.visible(reader).stream().map(s -> RequestCounts.reply(s.request(),
                (s.view() == View.SHOWN ? shown : submitted).getOrDefault(key(s), Map.of()), now)).toList();
    }

    /**
     * One request list as the reader sees it, for requested party {@code party} (empty: the caller's own party when it is
     * requested, else the first party the list was relayed to). 404 when the reader may not see it or it is no request.
     */
    public RequestReply request(Account reader, String listId, Optional<String> party) {
        Seen s = readers.require(reader, listId, party);
        return RequestCounts.reply(s.request(), store.requests().counts(s.request().list(), s.request().requested(),
                s.view()), clock.instant());
    }

    /**
     * A page of the list's rows for requested party {@code party} (as in {@link #request}), only those with
     * {@code status} when given, each with its current status and the answers the reader may see (the requesting side
     * sees answers once the mediator relayed their document). Observers read counts only (403 {@code counts_only}); rows
     * of a CHILD list go only to accounts that work children's cases (403 {@code children_only}), each read recorded.
     */
    public RowsReply rows(Account reader, String listId, Optional<String> party, Optional<RowStatus> status, int offset,
                          int limit) {
        if (offset < 0 || limit < 1 || limit > MAX_LIMIT) {
            throw HttpProblem.invalid(offset < 0 ? "offset" : "limit", offset < 0 ? "must be 0 or more"
                    : "must be from 1 to " + MAX_LIMIT);
        }
        Seen s = readers.require(reader, listId, party);
        if (!s.rows()) {
            throw new HttpProblem(403, "counts_only", "an observer reads a request list's counts, not its rows",
                    Optional.empty());
        }
        ListHeader list = store.lists().header(s.request().list()).orElseThrow();
        children.requirePersons(reader, list);
        RequestRowPage page = store.requests().rows(list.id(), s.request().requested(), s.view(), status, offset, limit);
        Map<String, List<StoredAnswer>> history = store.requests().history(list.id(), s.request().requested(), s.view(),
                page.rows().stream().map(r -> r.rowId()).toList());
        children.recordRead(reader, list, Optional.empty(), RecordPart.ANSWERS);
        List<RowReply> rows = new ArrayList<>(page.rows().size());
        for (var r : page.rows()) {
            rows.add(new RowReply(r.rowId(), r.status().token(), r.answeredAt().orElse(null),
                    history.getOrDefault(r.rowId(), List.of()).stream().map(Requests::answer).toList()));
        }
        return new RowsReply(page.total(), offset, limit, rows);
    }

    /**
     * The requested side answers rows of the list with a signed {@code answers} document (content = the canonical
     * answers bytes, addressed to the requesting party, its envelope answering the list's document). Refused (4xx,
     * nothing changed) for a row not in the list, a row twice, a list that is no relayed request, a caller who is not a
     * requested party, a document answering another list or none.
     */
    public AnswersReply answer(Account caller, String listId, DocumentMessages.Submit signed) {
        return submissions.submit(caller, listId, signed);
    }

    /** As {@link #answer}, the document signed with the key the server holds for the caller's party (409 when none). */
    public AnswersReply answerWithServerHeldKey(Account caller, String listId, List<RowAnswer> answers) {
        return submissions.submitWithServerHeldKey(caller, listId, answers);
    }

    /**
     * The answers document the caller's side signs in the browser for {@code answers}: type, addressee, the envelope it
     * answers (the list's document) and the canonical bytes, checked as {@link #answer} checks them (same refusals).
     */
    public Exchange.TextToSign answersToSign(Account caller, String listId, List<RowAnswer> answers) {
        return submissions.toSign(caller, listId, answers);
    }

    /** Whether the server holds a key for the caller's party, so it may sign answers with it. */
    public boolean holdsKeyFor(Account caller) {
        return submissions.holdsKeyFor(caller.party());
    }

    /**
     * Reads an uploaded answers sheet (CSV or XLSX; UTF-8, BOM or Windows-1251; headers in English, Ukrainian or
     * Russian) for the list: the answers and the problems per row and field (row 1 = header), rows checked against the
     * list. Nothing is recorded.
     */
    public SheetReply readSheet(Account caller, String listId, String fileName, byte[] bytes) {
        return AnswerSheets.read(store, submissions.target(caller, listId), fileName, bytes);
    }

    /** The answers a sheet's reply holds, as {@link #answersToSign} and {@link #answerWithServerHeldKey} take them. */
    public static List<RowAnswer> answers(SheetReply sheet) {
        return AnswerSheets.answers(sheet);
    }

    /** The mediator sets (or, with a null deadline, clears) the list's response deadline; the reply is the list now. */
    public RequestReply setDeadline(Account mediator, String listId, DeadlineRequest request) {
        requireMediator(mediator);
        Seen s = readers.require(mediator, listId, Optional.empty());
        Optional<Instant> deadline = Optional.ofNullable(request.deadline());
        if (deadline.isPresent() && deadline.get().isBefore(s.request().relayed())) {
            throw HttpProblem.invalid("deadline", "is before the list's relay (" + s.request().relayed() + ")");
        }
        if (deadline.isPresent() && deadline.get().isAfter(s.request().relayed().plus(Duration.ofDays(3650)))) {
            throw HttpProblem.invalid("deadline", "is more than ten years after the list's relay");
        }
        store.requests().setDeadline(s.request().list(), deadline, mediator.username(), mediator.party(), clock.instant());
        return request(mediator, listId, Optional.empty());
    }

    /** The mediator reminds a requested party of the list: a {@code reminder} document it signs onto the log. */
    public ReminderReply remind(Account mediator, String listId, ReminderRequest request) {
        requireMediator(mediator);
        Optional<String> to = Optional.ofNullable(request.to()).map(String::strip).filter(t -> !t.isEmpty());
        if (to.isEmpty() && store.requests().requested(RequestReaders.listId(listId)).size() > 1) {
            throw HttpProblem.invalid("to", "the list was relayed to several parties; name the one to remind");
        }
        return reminders.remind(mediator, request(mediator, listId, to), request);
    }

    /** The reminders sent for the list that the reader may see, oldest first (a requested party: its own). */
    public List<ReminderReply> reminders(Account reader, String listId) {
        Seen s = readers.require(reader, listId, Optional.empty());
        boolean all = RequestReaders.mediator(reader) || s.request().author().equals(reader.party()) || !s.rows();
        return store.requests().reminders(s.request().list()).stream()
                .filter(r -> all || r.party().equals(reader.party()))
                .map(r -> new ReminderReply(r.envelopeId(), r.list().toString(), r.party().value(), r.sent(),
                        store.documents().trail(r.envelopeId()).stream().findFirst().map(e -> e.index()).orElse(-1L)))
                .toList();
    }

    /**
     * Answers over time for the list and requested party (as in {@link #request}): per day or week, the answers the
     * reader may see by status and the rows answered at each period's end. Counts only: observers may read it.
     */
    public ChartReply chart(Account reader, String listId, Optional<String> party, ChartStep step) {
        Seen s = readers.require(reader, listId, party);
        List<StoredAnswer> answers = store.requests().answers(s.request().list(), s.request().requested(), s.view());
        return new ChartReply(s.request().list().toString(), s.request().requested().value(),
                step.name().toLowerCase(Locale.ROOT),
                AnswerTimeline.points(answers, s.request().relayed(), clock.instant(), step));
    }

    private static Key key(Seen s) {
        return new Key(s.request().list(), s.request().requested());
    }

    private static AnswerReply answer(StoredAnswer a) {
        RowAnswer r = a.answer();
        return new AnswerReply(r.status().token(), r.date().iso(), r.place(), new NameReply(r.nameHeld().surname(),
                r.nameHeld().givenName(), r.nameHeld().patronymic()), r.note(), a.submitted(), a.envelopeId());
    }

    private static void requireMediator(Account caller) {
        if (!RequestReaders.mediator(caller)) {
            throw HttpProblem.forbidden("only the mediator takes this step");
        }
    }
}
