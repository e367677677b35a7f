package org.repatria.server.request;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.repatria.core.account.Account;
import org.repatria.core.document.Digest;
import org.repatria.core.document.DocumentType;
import org.repatria.core.document.Envelope;
import org.repatria.core.list.ListHeader;
import org.repatria.core.party.PartyId;
import org.repatria.core.request.RowAnswer;
import org.repatria.core.request.RowStatus;
import org.repatria.lists.answers.AnswerProblem;
import org.repatria.lists.answers.AnswersCsv;
import org.repatria.lists.answers.AnswersFormatException;
import org.repatria.server.access.ChildRecords;
import org.repatria.server.document.DocumentMessages;
import org.repatria.server.document.DocumentSteps;
import org.repatria.server.error.HttpProblem;
import org.repatria.server.error.Refusals;
import org.repatria.server.exchange.Exchange;
import org.repatria.server.log.LogEntry;
import org.repatria.server.log.LogPosition;
import org.repatria.server.request.RequestMessages.AnswersReply;
import org.repatria.store.Store;
import org.repatria.store.request.AnswersDocument;
import org.repatria.store.request.RequestedList;

/**
 * The requested side's answers documents: which request it may answer, the checks every answers document passes
 * before the log takes it (type, addressee, the list it answers, canonical bytes, rows of the list, each once), and
 * the submission with its rows in the log's own commit. Every refusal is a 4xx naming what is wrong; nothing changes.
 */
final class AnswerSubmissions {
    private static final int ROWS_NAMED = 10;
    private final Store store;
    private final DocumentSteps steps;
    private final ChildRecords children;
    private final Clock clock;

    AnswerSubmissions(Store store, DocumentSteps steps, ChildRecords children, Clock clock) {
        this.store = store;
        this.steps = steps;
        this.children = children;
        this.clock = clock;
    }

    /** The request list the caller's party answers: relayed to it, its document on the log. */
    record Target(RequestedList request, ListHeader list, String envelopeId) {
    }

    /**
     * The request of list {@code rawId} relayed to the caller's party; 404 for a list the caller may not read, 409
     * {@code not_a_request} for one that is no relayed request list, 403 {@code not_requested} when the caller's party is
     * not the one it was relayed to, 403 {@code children_only} for a children's list without the permission.
     */
    Target target(Account caller, String rawId) {
        var id = RequestReaders.listId(rawId);
        ListHeader list = store.lists().header(id).filter(h -> h.author().equals(caller.party())
                        || store.lists().relayedTo(id).contains(caller.party()))
                .orElseThrow(() -> HttpProblem.notFound("no list " + id + " that you may read"));
        List<RequestedList> requests = store.requests().requested(id);
        if (requests.isEmpty()) {
            throw HttpProblem.conflict("not_a_request", "list " + id + " is not a request list the mediator relayed; only the"
                    + " rows of a relayed request list are answered");
        }
        RequestedList request = requests.stream().filter(r -> r.requested().equals(caller.party())).findFirst()
                .orElseThrow(() -> new HttpProblem(403, "not_requested", "list " + id + " asks " + requests.stream()
                        .map(r -> r.requested().value()).toList() + ", not " + caller.party() + "; only the requested side"
                        + " answers it", Optional.empty()));
        children.requirePersons(caller, list);
        String envelopeId = store.lists().envelopeId(id).orElseThrow(() -> HttpProblem.conflict("not_a_request",
                "list " + id + " has no document on the log to answer"));
        return new Target(request, list, envelopeId);
    }

    /** The answers document the caller signs for {@code answers}, checked as a submission would be. */
    Exchange.TextToSign toSign(Account caller, String rawId, List<RowAnswer> answers) {
        Target t = target(caller, rawId);
        requireRows(t, answers);
        return new Exchange.TextToSign(DocumentType.ANSWERS, t.list().author(), t.envelopeId(), AnswersCsv.write(answers));
    }

    /** Submits the caller's signed answers document. */
    AnswersReply submit(Account caller, String rawId, DocumentMessages.Submit body) {
        Target t = target(caller, rawId);
        LogEntry entry = entry(body);
        return submit(caller, t, entry, content(body));
    }

    /** Signs {@code answers} with the key the server holds for the caller's party and submits them. */
    AnswersReply submitWithServerHeldKey(Account caller, String rawId, List<RowAnswer> answers) {
        Target t = target(caller, rawId);
        steps.requireServerHeldKey(caller);
        byte[] content = AnswersCsv.write(answers);
        Envelope e = Envelope.of(DocumentType.ANSWERS, caller.party(), List.of(t.list().author()), content,
                clock.instant().truncatedTo(ChronoUnit.SECONDS), Optional.of(Digest.parseHex(t.envelopeId())));
        return submit(caller, t, steps.serverHeldSubmission(caller, e), content);
    }

    private AnswersReply submit(Account caller, Target t, LogEntry entry, byte[] content) {
        Envelope e = entry.statement().envelope();
        if (e.type() != DocumentType.ANSWERS) {
            throw HttpProblem.invalid("entry", "this route takes an answers document, not a " + e.type().token());
        }
        if (!e.addressees().equals(Set.of(t.list().author()))) {
            throw HttpProblem.invalid("entry", "an answers document goes to the requesting side " + t.list().author()
                    + " alone, not " + e.addressees());
        }
        String answered = e.answers().map(Digest::hex).orElseThrow(() -> HttpProblem.unprocessable("wrong_list",
                "the answers document answers no list; its envelope must answer list " + t.list().id() + "'s document "
                        + t.envelopeId()));
        if (!answered.equals(t.envelopeId())) {
            throw HttpProblem.unprocessable("wrong_list", "the answers document answers envelope " + answered + ", not list "
                    + t.list().id() + "'s document " + t.envelopeId() + "; answer each list with a document of its own");
        }
        List<RowAnswer> answers = read(content);
        requireRows(t, answers);
        Instant at = clock.instant();
        var rows = store.requests().answers(new AnswersDocument(e.id().hex(), t.list().id(), caller.party(), at, answers));
        LogPosition position = Refusals.translate(() -> steps.submit(caller, entry, content, List.of(rows)));
        Map<String, Integer> byStatus = new LinkedHashMap<>();
        Map<RowStatus, Integer> counted = new EnumMap<>(RowStatus.class);
        answers.forEach(a -> counted.merge(a.status(), 1, Integer::sum));
        counted.forEach((s, n) -> byStatus.put(s.token(), n));
        return new AnswersReply(e.id().hex(), t.list().id().toString(), caller.party().value(), answers.size(), byStatus, at,
                position.index());
    }

    /** The answers of canonical bytes; 422 {@code answers_format} naming the first problem's line and field. */
    static List<RowAnswer> read(byte[] content) {
        try {
            return AnswersCsv.read(content);
        } catch (AnswersFormatException e) {
            AnswerProblem first = e.problems().getFirst();
            throw new HttpProblem(422, "answers_format", "the answers document is not canonical: " + e.getMessage(),
                    Optional.of(first.field().isEmpty() ? "content" : "line " + first.row() + ": " + first.field()));
        }
    }

    private void requireRows(Target t, List<RowAnswer> answers) {
        if (answers.isEmpty()) {
            throw HttpProblem.unprocessable("no_answers", "the answers document answers no row; answer at least one");
        }
        if (answers.size() > AnswersCsv.MAX_ROWS) {
            throw HttpProblem.unprocessable("answers_format", answers.size() + " answers, more than the " + AnswersCsv.MAX_ROWS
                    + " one document may hold");
        }
        List<String> ids = answers.stream().map(RowAnswer::rowId).toList();
        if (ids.stream().distinct().count() != ids.size()) {
            throw HttpProblem.unprocessable("answers_format", "a row is answered twice in this document; answer each row once");
        }
        var held = store.lists().personsByRowId(t.list().id(), ids).keySet();
        List<String> missing = ids.stream().filter(id -> !held.contains(id)).toList();
        if (!missing.isEmpty()) {
            throw HttpProblem.unprocessable("unknown_row", missing.size() + " answered row" + (missing.size() == 1 ? " is" : "s are")
                    + " not in list " + t.list().id() + ": " + String.join(", ", missing.subList(0, Math.min(ROWS_NAMED,
                    missing.size()))) + (missing.size() > ROWS_NAMED ? ", ..." : "") + "; answer only the list's own rows");
        }
    }

    private static LogEntry entry(DocumentMessages.Submit body) {
        if (body.entry() == null || body.entry().isEmpty()) {
            throw HttpProblem.invalid("entry", "send the signed submission entry (a C2SP signed note) as text");
        }
        try {
            return LogEntry.parse(body.entry().getBytes(StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            throw HttpProblem.invalid("entry", e.getMessage());
        }
    }

    private static byte[] content(DocumentMessages.Submit body) {
        try {
            return Base64.getDecoder().decode(body.content() == null ? "" : body.content());
        } catch (IllegalArgumentException e) {
            throw HttpProblem.invalid("content", "not base64: " + e.getMessage());
        }
    }

    /** Whether the server holds a key for {@code party}. */
    boolean holdsKeyFor(PartyId party) {
        return steps.holdsKeyFor(party);
    }
}
