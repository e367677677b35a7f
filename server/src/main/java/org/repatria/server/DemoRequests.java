package org.repatria.server;

import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.repatria.core.account.Account;
import org.repatria.core.list.ListId;
import org.repatria.core.request.RowAnswer;
import org.repatria.server.document.DocumentSteps;
import org.repatria.server.log.TransparencyLog;
import org.repatria.server.request.RequestMessages.AnswersReply;
import org.repatria.server.request.RequestMessages.DeadlineRequest;
import org.repatria.server.request.RequestMessages.ReminderRequest;
import org.repatria.server.request.Requests;
import org.repatria.store.Store;

/**
 * The demo's requests answered over the summer of 2025, through the same {@link Requests} the desk and the API call, each
 * step at its own past moment (a clock fixed at it): the mediator sets each list's deadline the day after the relay;
 * the requested side answers in parts, each answers document signed with the party's server-held key, relayed by the
 * mediator an hour later and acknowledged by the requesting side; the mediator reminds of the children past the deadline.
 */
final class DemoRequests {
    private static final Duration RELAY = Duration.ofHours(1);
    private static final Duration ACKNOWLEDGEMENT = Duration.ofHours(3);

    /** A request list's response deadline, set the day after {@code relayed}. */
    record Deadline(ListId list, Instant relayed, Instant at) {
    }

    /** One answers document: {@code by} answers rows of {@code list} at {@code at}; {@code requester} acknowledges it. */
    record Part(ListId list, Account by, Account requester, Instant at, List<RowAnswer> answers) {
    }

    /** The mediator's reminder to {@code to} of {@code list}, at {@code at}. */
    record Reminder(ListId list, String to, Instant at, String note) {
    }

    private final Store store;
    private final TransparencyLog log;
    private final Account mediator;

    DemoRequests(Store store, TransparencyLog log, Account mediator) {
        this.store = store;
        this.log = log;
        this.mediator = mediator;
    }

    /** Sets the deadlines, sends the parts in order (each relayed and acknowledged) and the reminders; says so on {@code progress}. */
    void seed(List<Deadline> deadlines, List<Part> parts, List<Reminder> reminders, PrintStream progress) {
        long start = System.nanoTime();
        for (Deadline d : deadlines) {
            requests(d.relayed().plus(Duration.ofDays(1))).setDeadline(mediator, d.list().toString(), new DeadlineRequest(d.at()));
        }
        int rows = 0;
        for (Part p : parts) {
            AnswersReply sent = requests(p.at()).answerWithServerHeldKey(p.by(), p.list().toString(), p.answers());
            steps(p.at().plus(RELAY)).relay(mediator, sent.envelopeId());
            steps(p.at().plus(ACKNOWLEDGEMENT)).acknowledgeWithServerHeldKey(p.requester(), sent.envelopeId());
            rows += p.answers().size();
        }
        for (Reminder r : reminders) {
            requests(r.at()).remind(mediator, r.list().toString(), new ReminderRequest(r.to(), r.note()));
        }
        progress.printf("%nSeeded the requests' answers: %d documents answering %,d rows; deadlines: %d; reminders: %d; in %d ms.",
                parts.size(), rows, deadlines.size(), reminders.size(), (System.nanoTime() - start) / 1_000_000);
    }

    private Requests requests(Instant at) {
        return new Requests(store, log, Clock.fixed(at, ZoneOffset.UTC));
    }

    private DocumentSteps steps(Instant at) {
        return new DocumentSteps(store, log, Clock.fixed(at, ZoneOffset.UTC));
    }
}
