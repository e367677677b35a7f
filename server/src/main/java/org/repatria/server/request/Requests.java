package org.repatria.server.request;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.repatria.core.account.Account;
import org.repatria.core.request.RowAnswer;
import org.repatria.core.request.RowStatus;
import org.repatria.server.document.DocumentMessages;
import org.repatria.server.error.HttpProblem;
import org.repatria.server.exchange.Exchange;
import org.repatria.server.log.TransparencyLog;
import org.repatria.server.request.RequestMessages.AnswersReply;
import org.repatria.server.request.RequestMessages.ChartReply;
import org.repatria.server.request.RequestMessages.ChartStep;
import org.repatria.server.request.RequestMessages.DeadlineRequest;
import org.repatria.server.request.RequestMessages.ReminderReply;
import org.repatria.server.request.RequestMessages.ReminderRequest;
import org.repatria.server.request.RequestMessages.RequestReply;
import org.repatria.server.request.RequestMessages.RowsReply;
import org.repatria.server.request.RequestMessages.SheetReply;
import org.repatria.store.Store;

/**
 * Requests answered person by person: the one entry point the API's routes ({@code RequestApi}) and the desk share,
 * with the same need-to-know. The requesting side (the list's author), each requested party (a party the mediator
 * relayed the list to) and the mediator read; the requested side answers; the mediator sets deadlines and reminds.
 */
public final class Requests {
    private final Store store;
    private final TransparencyLog log;
    private final Clock clock;

    /** Over {@code store}, documents appended to {@code log}, times from {@code clock}. */
    public Requests(Store store, TransparencyLog log, Clock clock) {
        this.store = store;
        this.log = log;
        this.clock = clock;
    }

    /**
     * Every relayed request list the reader may see, one reply per (list, requested party): the requesting side sees
     * its own lists, a requested party the lists relayed to it, the mediator all, an observer counts of all.
     */
    public List<RequestReply> requests(Account reader) {
        throw notYet();
    }

    /**
     * One request list as the reader sees it, for requested party {@code party} (empty: the caller's own party when it is
     * requested, else the first party the list was relayed to). 404 when the reader may not see it or it is no request.
     */
    public RequestReply request(Account reader, String listId, Optional<String> party) {
        throw notYet();
    }

    /**
     * A page of the list's rows for requested party {@code party} (as in {@link #request}), only those with
     * {@code status} when given, each with its current status and the answers the reader may see (the requesting side
     * sees answers once the mediator relayed their document). Rows of a CHILD list go only to accounts that work
     * children's cases (403 {@code children_only}); each read is recorded.
     */
    public RowsReply rows(Account reader, String listId, Optional<String> party, Optional<RowStatus> status, int offset,
                          int limit) {
        throw notYet();
    }

    /**
     * The requested side answers rows of the list with a signed {@code answers} document (content = the canonical
     * answers bytes, addressed to the requesting party, its envelope answering the list's document). Refused (4xx,
     * nothing changed) for a row not in the list, a row twice, a list that is no relayed request, a caller who is not a
     * requested party, a document answering another list or none.
     */
    public AnswersReply answer(Account caller, String listId, DocumentMessages.Submit signed) {
        throw notYet();
    }

    /** As {@link #answer}, the document signed with the key the server holds for the caller's party (409 when none). */
    public AnswersReply answerWithServerHeldKey(Account caller, String listId, List<RowAnswer> answers) {
        throw notYet();
    }

    /**
     * The answers document the caller's side signs in the browser for {@code answers}: type, addressee, the envelope it
     * answers (the list's document) and the canonical bytes, checked as {@link #answer} checks them (same refusals).
     */
    public Exchange.TextToSign answersToSign(Account caller, String listId, List<RowAnswer> answers) {
        throw notYet();
    }

    /**
     * Reads an uploaded answers sheet (CSV or XLSX; UTF-8, BOM or Windows-1251; headers in English, Ukrainian or
     * Russian) for the list: the answers and the problems per row and field (row 1 = header), rows checked against the
     * list. Nothing is recorded.
     */
    public SheetReply readSheet(Account caller, String listId, String fileName, byte[] bytes) {
        throw notYet();
    }

    /** The mediator sets (or, with a null deadline, clears) the list's response deadline; the reply is the list now. */
    public RequestReply setDeadline(Account mediator, String listId, DeadlineRequest request) {
        throw notYet();
    }

    /** The mediator reminds a requested party of the list: a {@code reminder} document it signs onto the log. */
    public ReminderReply remind(Account mediator, String listId, ReminderRequest request) {
        throw notYet();
    }

    /** The reminders sent for the list that the reader may see, oldest first. */
    public List<ReminderReply> reminders(Account reader, String listId) {
        throw notYet();
    }

    /**
     * Answers over time for the list and requested party (as in {@link #request}): per day or week, the answers the
     * reader may see by status and the rows answered at each period's end. Counts only: observers may read it.
     */
    public ChartReply chart(Account reader, String listId, Optional<String> party, ChartStep step) {
        throw notYet();
    }

    private static HttpProblem notYet() {
        return HttpProblem.conflict("not_ready", "requests are being built (issue 13)");
    }
}
