package org.repatria.server.dispute;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.repatria.core.account.Account;
import org.repatria.core.dispute.AnswerText;
import org.repatria.core.dispute.DisputeText;
import org.repatria.core.document.Digest;
import org.repatria.core.document.DocumentType;
import org.repatria.core.document.Envelope;
import org.repatria.core.party.PartyId;
import org.repatria.server.document.DisputeRules;
import org.repatria.server.document.DocumentReaders;
import org.repatria.server.document.DocumentSteps;
import org.repatria.server.document.LoggedStep;
import org.repatria.server.error.HttpProblem;
import org.repatria.server.log.LogEntry;
import org.repatria.server.log.LogPosition;
import org.repatria.server.log.TransparencyLog;
import org.repatria.store.Store;
import org.repatria.store.log.LogEntries;
import org.repatria.store.log.StoredDocument;

/**
 * Disputes about documents on the log and the answers to them (issue 6, docs/decisions/0120): what the caller's side
 * signs to dispute a document or answer a dispute, logging it (signed in the browser or with the server-held key),
 * and the thread about a document. Each is an ordinary document, relayed by the mediator like any other.
 */
public final class Disputes {
    private final Store store;
    private final TransparencyLog log;
    private final Clock clock;
    private final DocumentSteps steps;
    private final DisputeRules rules;
    private final DocumentReaders readers;

    /** Disputes read from {@code store} and appended to {@code log}, dated by {@code clock}. */
    public Disputes(Store store, TransparencyLog log, Clock clock) {
        this.store = store;
        this.log = log;
        this.clock = clock;
        this.steps = new DocumentSteps(store, log, clock);
        this.rules = new DisputeRules(store);
        this.readers = new DocumentReaders(store);
    }

    /**
     * A dispute or answer ready to sign: its type, the one party it goes to, the envelope id it answers, and its
     * canonical text (the document's bytes are that text in UTF-8).
     */
    public record Outline(DocumentType type, PartyId to, String answers, String text) {
        /** The document's bytes. */
        public byte[] content() {
            return text.getBytes(StandardCharsets.UTF_8);
        }
    }

    /** What the caller's side signs to dispute document {@code disputed}: 404 when it may not read it, 403/409 saying why not. */
    public Outline dispute(Account caller, String disputed, DisputeText text) {
        return new Outline(DocumentType.DISPUTE, rules.disputable(caller, disputed).author(), disputed,
                new String(text.encoded(), StandardCharsets.UTF_8));
    }

    /** What the caller's side signs to answer dispute {@code dispute}: 404 when it may not read it, 403/409 saying why not. */
    public Outline answer(Account caller, String dispute, AnswerText text) {
        return new Outline(DocumentType.ANSWER, rules.answerable(caller, dispute).author(), dispute,
                new String(text.encoded(), StandardCharsets.UTF_8));
    }

    /** The envelope id of the document that dispute {@code id} disputes; empty when it is no dispute the caller may read. */
    public Optional<String> disputed(Account caller, String id) {
        return rules.stored(id).filter(e -> e.type() == DocumentType.DISPUTE && allowed(() -> rules.readable(caller, id)))
                .map(e -> e.answers().orElseThrow().hex());
    }

    /** Whether the caller's side may dispute document {@code id} now. */
    public boolean mayDispute(Account caller, String id) {
        return allowed(() -> rules.disputable(caller, id));
    }

    /** Whether the caller's side may answer dispute {@code id} now (it was relayed to it). */
    public boolean mayAnswer(Account caller, String id) {
        return allowed(() -> rules.answerable(caller, id));
    }

    /**
     * Logs {@code entry}, the caller's signed submission of {@code outline} (made in the browser or by its tooling):
     * it must sign this outline's type and answer its envelope; the log checks signature, time, bytes and thread rules.
     */
    public LogPosition submit(Account caller, Outline outline, LogEntry entry) {
        Envelope e = entry.statement().envelope();
        if (e.type() != outline.type() || !e.answers().map(Digest::hex).equals(Optional.of(outline.answers()))) {
            throw HttpProblem.invalid("entry", "the entry signs a " + e.type().token() + e.answers().map(a -> " answering "
                    + a.hex()).orElse("") + ", not this " + outline.type().token() + " answering " + outline.answers()
                    + "; sign again");
        }
        return steps.submit(caller, entry, outline.content());
    }

    /** Logs {@code outline} signed now with the key the server holds for the caller's side (409 when it holds none). */
    public LogPosition submitWithServerHeldKey(Account caller, Outline outline) {
        Envelope e = Envelope.of(outline.type(), caller.party(), List.of(outline.to()), outline.content(), clock.instant(),
                Optional.of(Digest.parseHex(outline.answers())));
        return submit(caller, outline, steps.serverHeldSubmission(caller, e));
    }

    /** Whether the mediator enabled a server-held key for the caller's side. */
    public boolean holdsKeyFor(Account caller) {
        return steps.holdsKeyFor(caller.party());
    }

    /**
     * The disputes about document {@code id} with their answers, texts where the caller may read them (the envelopes
     * are on the public log anyway); 404 when there is no such document.
     */
    public DisputeThread thread(Account caller, String id) {
        Envelope document = rules.stored(id).orElseThrow(() -> HttpProblem.notFound("no document with envelope id " + id));
        List<StoredDocument> disputes = answering(List.of(id), DocumentType.DISPUTE);
        Map<String, List<StoredDocument>> answers = answering(disputes.stream().map(StoredDocument::envelopeId).toList(),
                DocumentType.ANSWER).stream().collect(Collectors.groupingBy(a -> envelope(a).answers().orElseThrow().hex()));
        return new DisputeThread(document, id, disputes.stream().map(d -> new DisputeThread.Raised(said(caller, d),
                answers.getOrDefault(d.envelopeId(), List.of()).stream().map(a -> said(caller, a)).toList())).toList());
    }

    // Two scans of the documents for a whole thread, however many disputes it has (LogEntries.answering).
    private List<StoredDocument> answering(List<String> ids, DocumentType type) {
        return ids.isEmpty() ? List.of() : store.documents().answering(ids).stream().filter(d -> envelope(d).type() == type).toList();
    }

    private DisputeThread.Said said(Account caller, StoredDocument d) {
        Envelope e = envelope(d);
        List<LogEntries.Entry> trail = store.documents().trail(d.envelopeId());
        boolean reads = readers.mayRead(caller, d.envelopeId(), e, trail);
        Optional<String> subject = Optional.empty();
        Optional<String> text = Optional.empty();
        if (reads && e.type() == DocumentType.DISPUTE) {
            DisputeText said = DisputeText.parse(d.content());
            subject = Optional.of(said.subject());
            text = Optional.of(said.text());
        } else if (reads) {
            text = Optional.of(AnswerText.parse(d.content()).text());
        }
        return new DisputeThread.Said(d.envelopeId(), e.author(), e.addressees().first(), e.time(), subject, text,
                trail.stream().map(s -> LoggedStep.of(s, log)).toList());
    }

    private static Envelope envelope(StoredDocument d) {
        return Envelope.parse(d.envelope().getBytes(StandardCharsets.US_ASCII));
    }

    private static boolean allowed(Runnable check) {
        try {
            check.run();
            return true;
        } catch (HttpProblem refused) {
            return false;
        }
    }
}
