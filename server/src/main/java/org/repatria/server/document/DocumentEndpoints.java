package org.repatria.server.document;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.repatria.core.document.DocumentType;
import org.repatria.core.document.Envelope;
import org.repatria.core.party.PartyId;
import org.repatria.ledger.note.NoteException;
import org.repatria.ledger.note.NoteVerifier;
import org.repatria.core.list.ListHeader;
import org.repatria.server.access.ChildRecords;
import org.repatria.server.api.ApiJson;
import org.repatria.server.error.HttpProblem;
import org.repatria.server.error.Refusals;
import org.repatria.server.log.LogEntry;
import org.repatria.server.log.LogMessages;
import org.repatria.server.log.LogPosition;
import org.repatria.server.log.TransparencyLog;
import org.repatria.server.route.AdmittedRequest;
import org.repatria.store.DuplicateException;
import org.repatria.store.Store;
import org.repatria.store.child.RecordPart;
import org.repatria.store.log.LogEntries;
import org.repatria.store.log.StoredDocument;

/**
 * The documents' API: submit, relay and acknowledge a document, each answered with its receipt; read one (only its
 * author, the mediator, and the addressees it was delivered to see it: {@link DocumentReaders}; to anyone else it does
 * not exist, 404 as for an absent id); register a party's keys.
 */
final class DocumentEndpoints {
    private final Store store;
    private final TransparencyLog log;
    private final DocumentSteps steps;
    private final DocumentReaders readers;
    private final ChildRecords children;

    DocumentEndpoints(Store store, TransparencyLog log, DocumentSteps steps, ChildRecords children) {
        this.children = children;
        this.store = store;
        this.log = log;
        this.steps = steps;
        this.readers = new DocumentReaders(store);
    }

    void submit(AdmittedRequest call) {
        DocumentMessages.Submit body = ApiJson.read(call.ctx(), DocumentMessages.Submit.class);
        LogEntry entry = signedEntry(body.entry(), "entry");
        DocumentType type = entry.statement().envelope().type();
        if (type == DocumentType.ANSWERS || type == DocumentType.REMINDER) {
            // Their rows (each row's answer, the reminder) are stored with the entry by the requests' own routes.
            throw HttpProblem.conflict("requests_route", "a document of type " + type.token() + " goes through the requests' routes"
                    + " (POST /api/v1/requests/{list}/answers, or the mediator's /reminders), which record what it says");
        }
        LogPosition position = steps.submit(call.account(), entry, base64(body.content()));
        ApiJson.reply(call.ctx(), 201, LogMessages.ReceiptReply.of(log, position, entry));
    }

    void relay(AdmittedRequest call) {
        String id = steps.envelope(call.ctx().pathParam("id")).id().hex();
        created(call, steps.relay(call.account(), id, relayTarget(call)));
    }

    /** The optional body's {@code to}: none for an empty body, {@code {}} or no {@code to} (every addressee). */
    private Optional<PartyId> relayTarget(AdmittedRequest call) {
        if (call.ctx().body().isBlank()) {
            return Optional.empty();
        }
        Optional<String> to = Optional.ofNullable(ApiJson.read(call.ctx(), DocumentMessages.Relay.class).to());
        if (to.isPresent() && to.get().isBlank()) {
            throw HttpProblem.invalid("to", "is empty: name the addressee to relay to, or leave to out to relay to every addressee");
        }
        return to.map(raw -> {
            PartyId party;
            try {
                party = new PartyId(raw);
            } catch (IllegalArgumentException e) {
                throw HttpProblem.invalid("to", e.getMessage());
            }
            DocumentSteps.require(store.parties().find(party).isPresent(), "to", "no party '" + party + "'");
            return party;
        });
    }

    void acknowledge(AdmittedRequest call) {
        String id = call.ctx().pathParam("id");
        LogEntry entry = signedEntry(ApiJson.read(call.ctx(), DocumentMessages.Acknowledge.class).entry(), "entry");
        created(call, steps.acknowledge(call.account(), id, entry));
    }

    void show(AdmittedRequest call) {
        Readable r = readable(call);
        call.ctx().json(new DocumentMessages.DocumentReply(r.document().envelopeId(), r.document().envelope(),
                r.trail().stream().map(e -> new DocumentMessages.Step(e.index(), e.kind(), e.signer().value())).toList()));
    }

    void content(AdmittedRequest call) {
        Readable r = readable(call);
        // A children's list's signed bytes name the children: need to know, and one recorded read (0147).
        Optional<ListHeader> childList = store.lists().byEnvelope(r.document().envelopeId()).flatMap(store.lists()::header)
                .filter(ChildRecords::isChildList);
        childList.ifPresent(h -> children.requirePersons(call.account(), h));
        childList.ifPresent(h -> children.recordRead(call.account(), h, Optional.empty(), RecordPart.DOCUMENT));
        call.ctx().header("Cache-Control", "private, no-store").contentType("application/octet-stream")
                .result(r.document().content());
    }

    void registerKey(AdmittedRequest call) {
        PartyId party = party(call.ctx().pathParam("id"));
        DocumentSteps.require(store.parties().find(party).isPresent(), "id", "no party " + party);
        String vkey = Optional.ofNullable(ApiJson.read(call.ctx(), DocumentMessages.PartyKey.class).vkey()).orElse("");
        try {
            NoteVerifier.parse(vkey);
        } catch (NoteException e) {
            throw HttpProblem.invalid("vkey", e.getMessage());
        }
        Refusals.translate(() -> store.signers().addPartyKey(party, vkey.strip()));
        call.ctx().status(201).json(new LogMessages.Accepted("registered"));
    }

    void enableServerHeldKey(AdmittedRequest call) {
        PartyId party = party(call.ctx().pathParam("id"));
        DocumentSteps.require(store.parties().find(party).isPresent(), "id", "no party " + party);
        try {
            call.ctx().status(201).json(new DocumentMessages.PartyKey(steps.enableServerHeldKey(party).encoded()));
        } catch (DuplicateException e) {
            throw HttpProblem.conflict("server_key_exists", "the server holds a key for " + party + " already");
        }
    }

    void disableServerHeldKey(AdmittedRequest call) {
        PartyId party = party(call.ctx().pathParam("id"));
        if (!steps.disableServerHeldKey(party)) {
            throw HttpProblem.notFound("the server holds no key for " + party);
        }
        call.ctx().status(204);
    }

    private void created(AdmittedRequest call, LogPosition position) {
        call.ctx().status(201).json(LogMessages.ReceiptReply.of(log, position));
    }

    private Readable readable(AdmittedRequest call) {
        String id = call.ctx().pathParam("id");
        HttpProblem none = HttpProblem.notFound("no document with envelope id " + id + " that you may read");
        StoredDocument d = store.documents().document(id).orElseThrow(() -> none);
        List<LogEntries.Entry> trail = store.documents().trail(id);
        if (!readers.mayRead(call.account(), id, Envelope.parse(d.envelope().getBytes(StandardCharsets.US_ASCII)), trail)) {
            throw none;
        }
        return new Readable(d, trail);
    }

    private record Readable(StoredDocument document, List<LogEntries.Entry> trail) {
    }

    static LogEntry signedEntry(String text, String field) {
        if (text == null || text.isEmpty()) {
            throw HttpProblem.invalid(field, "send the signed entry (a C2SP signed note) as text");
        }
        try {
            return LogEntry.parse(text.getBytes(StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            throw HttpProblem.invalid(field, e.getMessage());
        }
    }

    static byte[] base64(String content) {
        try {
            return Base64.getDecoder().decode(content == null ? "" : content);
        } catch (IllegalArgumentException e) {
            throw HttpProblem.invalid("content", "not base64: " + e.getMessage());
        }
    }

    private static PartyId party(String id) {
        try {
            return new PartyId(id);
        } catch (IllegalArgumentException e) {
            throw HttpProblem.invalid("id", e.getMessage());
        }
    }
}
