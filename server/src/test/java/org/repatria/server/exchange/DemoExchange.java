package org.repatria.server.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.repatria.core.account.Role;
import org.repatria.core.document.Digest;
import org.repatria.core.document.DocumentType;
import org.repatria.core.document.EntryKind;
import org.repatria.core.document.EntryStatement;
import org.repatria.core.document.Envelope;
import org.repatria.core.document.KeyCustody;
import org.repatria.core.list.ListPurpose;
import org.repatria.core.list.PersonList;
import org.repatria.core.party.PartyId;
import org.repatria.core.party.PartyKind;
import org.repatria.core.scenario.DemoAccount;
import org.repatria.core.scenario.Scenario;
import org.repatria.ledger.note.KeyType;
import org.repatria.ledger.note.NoteSigner;
import org.repatria.server.Client;
import org.repatria.server.Seeding;
import org.repatria.server.Server;
import org.repatria.server.ServerConfig;
import org.repatria.server.log.LogEntry;
import org.repatria.store.Store;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The demo scenario (seed 20250602, seeded as {@code repatria demo} seeds it) behind a running server, with each
 * side's desk signing its own documents as a party's tooling does, and the mediator relaying them.
 */
final class DemoExchange implements AutoCloseable {
    static final long SEED = 20250602L;
    static final JsonMapper JSON = JsonMapper.builder().build();
    final Scenario scenario = Scenario.generate(SEED);
    final Path dir;
    final Store store;
    final Server server;
    final Side ua;
    final Side ru;
    final Client mediator;
    final Client observer;
    private int documents;

    DemoExchange() throws IOException {
        dir = Files.createTempDirectory("repatria-exchange-test");
        store = Store.embedded(dir);
        seed();
        server = Server.start(ServerConfig.of(store).withHost("127.0.0.1").withPort(0));
        mediator = signIn(new PartyId("tr"), Role.MEDIATOR);
        observer = signIn(new PartyId("icrc"), Role.OBSERVER);
        ua = new Side(new PartyId("ua"));
        ru = new Side(new PartyId("ru"));
    }

    /** Parties, accounts and lists as the demo command stores them; requests relayed to the other side. */
    private void seed() {
        scenario.parties().forEach(store.parties()::add);
        for (DemoAccount a : scenario.accounts()) {
            Seeding.addAccount(store, a.account(), a.password().toCharArray());
        }
        for (PersonList list : scenario.lists()) {
            store.lists().add(list);
            if (list.header().purpose() == ListPurpose.REQUEST) {
                scenario.parties().stream().filter(p -> p.kind() == PartyKind.BELLIGERENT && !p.id().equals(list.header().author()))
                        .forEach(p -> store.lists().relay(list.header().id(), p.id(), list.header().created().plus(Duration.ofHours(2))));
            }
        }
    }

    Client signIn(PartyId party, Role role) {
        DemoAccount a = scenario.accounts().stream().filter(x -> x.account().party().equals(party) && x.account().role() == role)
                .findFirst().orElseThrow();
        Client c = new Client(server.port());
        HttpResponse<String> r = c.postJson("/api/v1/auth/token", JSON.createObjectNode().put("username", a.account().username())
                .put("password", a.password()).toString());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        return c.bearer(Client.json(r).get("token").asString());
    }

    /** The holding list {@code holder} keeps for the category's people. */
    PersonList holding(PartyId holder, org.repatria.core.person.Category category) {
        return scenario.list(holder, ListPurpose.HOLDING, category).orElseThrow();
    }

    /** POSTs JSON and expects {@code status}; the reply's JSON. */
    static JsonNode post(Client client, String path, String body, int status) {
        HttpResponse<String> r = client.postJson(path, body);
        assertThat(r.statusCode()).as(path + ": " + r.body()).isEqualTo(status);
        return Client.json(r);
    }

    static JsonNode get(Client client, String path) {
        HttpResponse<String> r = client.get(path);
        assertThat(r.statusCode()).as(path + ": " + r.body()).isEqualTo(200);
        return Client.json(r);
    }

    /** The mediator relays the document {@code envelopeId}. */
    void relay(String envelopeId) {
        post(mediator, "/api/v1/documents/" + envelopeId + "/relay", "{}", 201);
        documents++;
    }

    /** Log entries this exchange appended so far: each submission and each relay. */
    int entries() {
        return documents;
    }

    /** One side's desk: its API client and the note key its own tooling signs with (registered by the mediator). */
    final class Side {
        final PartyId party;
        final Client client;
        final NoteSigner key;

        Side(PartyId party) {
            this.party = party;
            this.client = signIn(party, Role.PARTY_DESK);
            this.key = NoteSigner.generate(party + "-desk", KeyType.ED25519, new SecureRandom());
            post(mediator, "/api/v1/parties/" + party + "/keys", JSON.createObjectNode().put("vkey", key.verifier().encoded())
                    .toString(), 201);
        }

        /** Signs {@code content} as a document of {@code type} to {@code to}, answering {@code answers}; the body and id. */
        Signed sign(DocumentType type, PartyId to, byte[] content, Optional<String> answers) {
            Envelope e = Envelope.of(type, party, List.of(to), content, Instant.now(), answers.map(Digest::parseHex));
            EntryStatement s = new EntryStatement(EntryKind.SUBMITTED, party, KeyCustody.OWN, e.time(), e);
            String body = JSON.createObjectNode().put("entry", new String(LogEntry.sign(s, key).encoded(), StandardCharsets.UTF_8))
                    .put("content", Base64.getEncoder().encodeToString(content)).toString();
            return new Signed(body, e.id().hex());
        }

        /** Signs and POSTs a document to {@code path} (201 expected), then has the mediator relay it; the reply. */
        JsonNode submit(String path, DocumentType type, PartyId to, byte[] content, Optional<String> answers) {
            Signed signed = sign(type, to, content, answers);
            JsonNode reply = post(client, path, signed.body(), 201);
            documents++;
            relay(signed.envelopeId());
            return reply;
        }
    }

    /** A signed document's request body and its envelope id. */
    record Signed(String body, String envelopeId) {
    }

    @Override
    public void close() throws IOException {
        server.stop();
        store.close();
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
