package org.repatria.server.exchange;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.repatria.core.document.Digest;
import org.repatria.core.document.DocumentType;
import org.repatria.core.document.EntryKind;
import org.repatria.core.document.EntryStatement;
import org.repatria.core.document.Envelope;
import org.repatria.core.document.KeyCustody;
import org.repatria.core.party.PartyId;
import org.repatria.ledger.note.KeyType;
import org.repatria.ledger.note.NoteSigner;
import org.repatria.server.Client;
import org.repatria.server.log.LogEntry;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A side's desk as its own tooling works: an API client and a note key (registered by the mediator) that signs each
 * document it submits; the mediator's client relays what it submitted. Counts the log entries it caused.
 */
public final class Signer {
    static final JsonMapper JSON = JsonMapper.builder().build();
    final PartyId party;
    /** The side's API client. */
    public final Client client;
    final NoteSigner key;
    private final Client mediator;
    private final AtomicInteger entries;
    private Clock clock = Clock.systemUTC();

    /** A side's desk with a fresh key, which the {@code mediator} registers for {@code party}. */
    public Signer(PartyId party, Client client, Client mediator, AtomicInteger entries) {
        this.party = party;
        this.client = client;
        this.mediator = mediator;
        this.entries = entries;
        this.key = NoteSigner.generate(party + "-desk", KeyType.ED25519, new SecureRandom());
        post(mediator, "/api/v1/parties/" + party + "/keys", JSON.createObjectNode().put("vkey", key.verifier().encoded())
                .toString(), 201);
    }

    /** This desk, signing at {@code clock}'s time (a server on a test clock refuses envelopes ahead of it). */
    public Signer at(Clock signingClock) {
        this.clock = signingClock;
        return this;
    }

    /** Signs {@code content} as a document of {@code type} to {@code to}, answering {@code answers}. */
    public Signed sign(DocumentType type, PartyId to, byte[] content, Optional<String> answers) {
        Envelope e = Envelope.of(type, party, List.of(to), content, clock.instant(), answers.map(Digest::parseHex));
        EntryStatement s = new EntryStatement(EntryKind.SUBMITTED, party, KeyCustody.OWN, e.time(), e);
        String body = JSON.createObjectNode().put("entry", new String(LogEntry.sign(s, key).encoded(), StandardCharsets.UTF_8))
                .put("content", Base64.getEncoder().encodeToString(content)).toString();
        return new Signed(body, e.id().hex());
    }

    /** Signs and POSTs a document to {@code path} (201 expected), then has the mediator relay it; the reply. */
    public JsonNode submit(String path, DocumentType type, PartyId to, byte[] content, Optional<String> answers) {
        Signed signed = sign(type, to, content, answers);
        JsonNode reply = post(client, path, signed.body(), 201);
        entries.incrementAndGet();
        relay(signed.envelopeId());
        return reply;
    }

    /** The mediator relays the document {@code envelopeId}. */
    public void relay(String envelopeId) {
        post(mediator, "/api/v1/documents/" + envelopeId + "/relay", "{}", 201);
        entries.incrementAndGet();
    }

    /** POSTs JSON and expects {@code status}; the reply's JSON. */
    static JsonNode post(Client client, String path, String body, int status) {
        return client.postJson(path, body, status);
    }

    /** GETs JSON and expects 200. */
    static JsonNode get(Client client, String path) {
        return client.getJson(path);
    }

    /** A signed document's request body and its envelope id. */
    public record Signed(String body, String envelopeId) {
    }
}
