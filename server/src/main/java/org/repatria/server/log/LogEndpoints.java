package org.repatria.server.log;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Base64;
import java.util.Optional;
import java.util.function.Supplier;
import org.repatria.core.document.Envelope;
import org.repatria.core.party.PartyId;
import org.repatria.ledger.audit.Receipt;
import org.repatria.ledger.note.NoteException;
import org.repatria.ledger.note.NoteVerifier;
import org.repatria.server.api.ApiJson;
import org.repatria.server.error.HttpProblem;
import org.repatria.server.route.AdmittedRequest;
import org.repatria.store.DuplicateException;
import org.repatria.store.Store;

/** The log's API: submit, relay and acknowledge documents; receipts and proofs; party keys; witness cosignatures. */
final class LogEndpoints {
    private final Store store;
    private final TransparencyLog log;
    private final DocumentSteps steps;
    private final Witnesses witnesses;

    LogEndpoints(Store store, TransparencyLog log, Clock clock) {
        this.store = store;
        this.log = log;
        this.steps = new DocumentSteps(store, log, clock);
        this.witnesses = new Witnesses(store.log(), log);
    }

    /** The current checkpoint as served at {@code /log/checkpoint}: the log's signature and the witnesses' cosignatures. */
    byte[] cosignedCheckpoint() {
        return witnesses.cosignedCheckpoint().encoded();
    }

    void submit(AdmittedRequest call) {
        LogMessages.Submit body = ApiJson.read(call.ctx(), LogMessages.Submit.class);
        LogEntry entry = signedEntry(body.entry(), "entry");
        reply(call, 201, steps.submit(call.account(), entry, base64(body.content())), entry.statement().envelope());
    }

    void relay(AdmittedRequest call) {
        Envelope envelope = document(call);
        reply(call, 201, steps.relay(call.account(), envelope.id().hex()), envelope);
    }

    void acknowledge(AdmittedRequest call) {
        String id = call.ctx().pathParam("id");
        LogEntry entry = signedEntry(ApiJson.read(call.ctx(), LogMessages.Acknowledge.class).entry(), "entry");
        reply(call, 201, steps.acknowledge(call.account(), id, entry), entry.statement().envelope());
    }

    void receipt(AdmittedRequest call) {
        long index;
        try {
            index = Long.parseLong(call.ctx().pathParam("index"));
        } catch (NumberFormatException e) {
            throw HttpProblem.invalid("index", "give the entry's index, a whole number");
        }
        Receipt receipt = refusals(() -> log.receipt(index));
        String envelopeId = LogEntry.parse(receipt.entry()).statement().envelope().id().hex();
        call.ctx().json(LogMessages.ReceiptReply.of(receipt, envelopeId, log.checkpoint().checkpoint().size()));
    }

    void inclusion(AdmittedRequest call) {
        long index = longParam(call, "index");
        long size = longParam(call, "size");
        call.ctx().json(LogMessages.ProofReply.of(refusals(() -> log.inclusionProof(index, size))));
    }

    void consistency(AdmittedRequest call) {
        long first = longParam(call, "first");
        long second = longParam(call, "second");
        call.ctx().json(LogMessages.ProofReply.of(refusals(() -> log.consistencyProof(first, second))));
    }

    void registerKey(AdmittedRequest call) {
        PartyId party = party(call.ctx().pathParam("id"));
        require(store.parties().find(party).isPresent(), "id", "no party " + party);
        String vkey = Optional.ofNullable(ApiJson.read(call.ctx(), LogMessages.PartyKey.class).vkey()).orElse("");
        try {
            NoteVerifier.parse(vkey);
            store.log().addPartyKey(party, vkey.strip());
        } catch (NoteException e) {
            throw HttpProblem.invalid("vkey", e.getMessage());
        } catch (DuplicateException e) {
            throw new HttpProblem(409, "conflict", e.getMessage(), Optional.empty());
        }
        call.ctx().status(201).json(new LogMessages.Accepted("registered"));
    }

    void enableServerHeldKey(AdmittedRequest call) {
        PartyId party = party(call.ctx().pathParam("id"));
        require(store.parties().find(party).isPresent(), "id", "no party " + party);
        try {
            call.ctx().status(201).json(new LogMessages.PartyKey(steps.enableServerHeldKey(party).encoded()));
        } catch (DuplicateException e) {
            throw new HttpProblem(409, "conflict", "the server holds a key for " + party + " already", Optional.empty());
        }
    }

    void disableServerHeldKey(AdmittedRequest call) {
        PartyId party = party(call.ctx().pathParam("id"));
        if (!steps.disableServerHeldKey(party)) {
            throw HttpProblem.notFound("the server holds no key for " + party);
        }
        call.ctx().status(204);
    }

    void cosignature(AdmittedRequest call) {
        witnesses.accept(call.account(), call.ctx().bodyAsBytes());
        call.ctx().status(201).json(new LogMessages.Accepted("stored"));
    }

    /** Answers 201 with the receipt of the entry just appended. */
    void created(AdmittedRequest call, Appended appended) {
        byte[] entry = store.log().entries(appended.index(), appended.index() + 1).getFirst();
        reply(call, 201, appended, LogEntry.parse(entry).statement().envelope());
    }

    private void reply(AdmittedRequest call, int status, Appended appended, Envelope envelope) {
        long size = appended.checkpoint().checkpoint().size();
        Receipt receipt = new Receipt(appended.index(), store.log().entries(appended.index(), appended.index() + 1).getFirst(),
                appended.checkpoint().encoded(), log.inclusionProof(appended.index(), size));
        call.ctx().status(status).json(LogMessages.ReceiptReply.of(receipt, envelope.id().hex(), size));
    }

    private Envelope document(AdmittedRequest call) {
        return steps.envelope(call.ctx().pathParam("id"));
    }

    private static LogEntry signedEntry(String text, String field) {
        if (text == null || text.isEmpty()) {
            throw HttpProblem.invalid(field, "send the signed entry (a C2SP signed note) as text");
        }
        try {
            return LogEntry.parse(text.getBytes(StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            throw HttpProblem.invalid(field, e.getMessage());
        }
    }

    private static byte[] base64(String content) {
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

    private static long longParam(AdmittedRequest call, String name) {
        String value = call.ctx().queryParam(name);
        try {
            return Long.parseLong(value == null ? "" : value);
        } catch (NumberFormatException e) {
            throw HttpProblem.invalid(name, "give a whole number");
        }
    }

    private static <T> T refusals(Supplier<T> step) {
        try {
            return step.get();
        } catch (LogRefusal e) {
            throw problem(e);
        }
    }

    static HttpProblem problem(LogRefusal e) {
        int status = e.status() >= 500 ? 409 : e.status();
        return new HttpProblem(status, status == 404 ? "not_found" : status == 409 ? "conflict" : "invalid",
                e.getMessage(), Optional.empty());
    }

    private static void require(boolean rule, String field, String message) {
        if (!rule) {
            throw HttpProblem.invalid(field, message);
        }
    }
}
