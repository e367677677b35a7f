package org.repatria.server.request;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.repatria.core.account.Account;
import org.repatria.core.document.Digest;
import org.repatria.core.document.DocumentType;
import org.repatria.core.document.Envelope;
import org.repatria.core.party.PartyId;
import org.repatria.core.request.RowStatus;
import org.repatria.server.document.DocumentSteps;
import org.repatria.server.error.HttpProblem;
import org.repatria.server.error.Refusals;
import org.repatria.server.log.LogPosition;
import org.repatria.server.request.RequestMessages.ReminderReply;
import org.repatria.server.request.RequestMessages.ReminderRequest;
import org.repatria.server.request.RequestMessages.RequestReply;
import org.repatria.store.Store;
import org.repatria.store.request.StoredReminder;

/**
 * The mediator's reminders: a {@code reminder} document, written and signed by the mediator with the log's key,
 * addressed to the requested party, answering the list's document; its text says how many rows wait, since when, and
 * the deadline. Stored with its log entry.
 */
final class RequestReminders {
    /** Longest note. */
    static final int MAX_NOTE = 2000;
    private final Store store;
    private final DocumentSteps steps;
    private final Clock clock;

    RequestReminders(Store store, DocumentSteps steps, Clock clock) {
        this.store = store;
        this.steps = steps;
        this.clock = clock;
    }

    ReminderReply remind(Account mediator, RequestReply request, ReminderRequest body) {
        String note = Objects.requireNonNullElse(body.note(), "").strip();
        if (note.codePointCount(0, note.length()) > MAX_NOTE) {
            throw HttpProblem.invalid("note", "is longer than " + MAX_NOTE + " characters");
        }
        String envelopeId = store.lists().envelopeId(RequestReaders.listId(request.listId())).orElseThrow(() ->
                HttpProblem.conflict("not_a_request", "list " + request.listId() + " has no document on the log"));
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        byte[] text = text(request, note, now);
        PartyId to = PartyId.of(request.requestedParty());
        Envelope e = Envelope.of(DocumentType.REMINDER, mediator.party(), List.of(to), text, now,
                Optional.of(Digest.parseHex(envelopeId)));
        StoredReminder stored = new StoredReminder(e.id().hex(), RequestReaders.listId(request.listId()), to, note,
                mediator.username(), now);
        LogPosition p = Refusals.translate(() -> steps.submitAsMediator(mediator, e, text,
                List.of(store.requests().reminder(stored))));
        return new ReminderReply(stored.envelopeId(), request.listId(), to.value(), now, p.index());
    }

    /** The reminder's text: plain UTF-8 lines a person reads, the note last. */
    static byte[] text(RequestReply r, String note, Instant now) {
        int waiting = r.byStatus().getOrDefault(RowStatus.UNANSWERED.token(), 0)
                + r.byStatus().getOrDefault(RowStatus.NO_INFORMATION.token(), 0);
        String s = "repatria-reminder/v1\nlist " + r.listId() + "\nrequested " + r.requestedParty() + "\nrows " + r.rows()
                + "\nwaiting " + waiting + "\nrelayed " + r.relayedAt() + "\ndeadline "
                + (r.deadline() == null ? "none" : r.deadline().toString()) + "\ntime " + now + "\n\n" + note + "\n";
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
