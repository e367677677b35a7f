package org.repatria.server.exchange;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.repatria.core.account.Account;
import org.repatria.core.document.Digest;
import org.repatria.core.document.DocumentType;
import org.repatria.core.document.EntryKind;
import org.repatria.core.document.Envelope;
import org.repatria.core.party.PartyId;
import org.repatria.server.document.DocumentMessages;
import org.repatria.server.document.DocumentSteps;
import org.repatria.server.error.HttpProblem;
import org.repatria.server.error.Refusals;
import org.repatria.server.log.LogEntry;
import org.repatria.server.log.LogPosition;
import org.repatria.store.Store;
import org.repatria.store.log.EntryRows;

/**
 * Puts an exchange document on the log through the documents' own checks ({@link DocumentSteps}), after checking it is
 * the document this step expects: its type, addressees, the envelope it answers and, where fixed, its exact bytes.
 */
final class ExchangeDocuments {
    private final Store store;
    private final DocumentSteps steps;

    ExchangeDocuments(Store store, DocumentSteps steps) {
        this.store = store;
        this.steps = steps;
    }

    /** What a step expects of the signed document; {@code content} empty when the caller writes the text. */
    record Expect(DocumentType type, Set<PartyId> addressees, Optional<String> answers, Optional<byte[]> content) {
    }

    /** A document the caller signed: the entry and the bytes it covers. */
    record Signed(LogEntry entry, byte[] content) {
        Envelope envelope() {
            return entry.statement().envelope();
        }
    }

    /** Reads the body's signed entry and base64 content; 400 naming the field when either is malformed. */
    static Signed read(DocumentMessages.Submit body) {
        if (body.entry() == null || body.entry().isEmpty()) {
            throw HttpProblem.invalid("entry", "send the signed submission entry (a C2SP signed note) as text");
        }
        LogEntry entry;
        try {
            entry = LogEntry.parse(body.entry().getBytes(StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            throw HttpProblem.invalid("entry", e.getMessage());
        }
        try {
            return new Signed(entry, Base64.getDecoder().decode(body.content() == null ? "" : body.content()));
        } catch (IllegalArgumentException e) {
            throw HttpProblem.invalid("content", "not base64: " + e.getMessage());
        }
    }

    /**
     * Checks the document against {@code expect}, then submits it as the caller's with the exchange rows {@code rows}
     * in the log's own commit (docs/decisions/0118); where it landed on the log. A 409 when the rows were refused (someone
     * acted first): then neither the document nor its rows were stored.
     */
    LogPosition submit(Account caller, Signed signed, Expect expect, EntryRows rows) {
        Envelope e = signed.envelope();
        require(e.type() == expect.type(), "this step takes a " + expect.type().token() + " document, not " + e.type().token());
        require(e.addressees().equals(new TreeSet<>(expect.addressees())), "the document must be addressed to "
                + expect.addressees() + ", not " + e.addressees());
        require(e.answers().map(Digest::hex).equals(expect.answers()), expect.answers()
                .map(a -> "the document must answer envelope " + a).orElse("the document answers nothing at this step"));
        expect.content().ifPresent(bytes -> require(Arrays.equals(bytes, signed.content()), "content",
                "the signed bytes differ from the text this step signs; fetch the text again and sign exactly it"));
        return Refusals.translate(() -> steps.submit(caller, signed.entry(), signed.content(), List.of(rows)));
    }

    /** Refuses (409) a caller whose party has no server-held key. */
    void requireServerHeldKey(Account caller) {
        steps.requireServerHeldKey(caller);
    }

    /** The caller's document {@code envelope} of {@code content}, signed with the key the server holds for its party. */
    Signed serverHeld(Account caller, Envelope envelope, byte[] content) {
        return new Signed(steps.serverHeldSubmission(caller, envelope), content);
    }

    /** Whether the mediator enabled a server-held key for {@code party}. */
    boolean holdsKeyFor(PartyId party) {
        return steps.holdsKeyFor(party);
    }

    /** Whether the mediator relayed the document {@code envelopeId} to its addressees. */
    boolean relayed(String envelopeId) {
        return store.documents().trail(envelopeId).stream().anyMatch(x -> x.kind().equals(EntryKind.RELAYED.token()));
    }

    private static void require(boolean rule, String message) {
        require(rule, "entry", message);
    }

    private static void require(boolean rule, String field, String message) {
        if (!rule) {
            throw HttpProblem.invalid(field, message);
        }
    }
}
