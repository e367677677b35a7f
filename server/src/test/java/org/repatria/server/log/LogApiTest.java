package org.repatria.server.log;

import static org.assertj.core.api.Assertions.assertThat;
import static org.repatria.server.Fixture.Who.A_DESK;
import static org.repatria.server.Fixture.Who.B_DESK;
import static org.repatria.server.Fixture.Who.MEDIATOR_DESK;
import static org.repatria.server.Fixture.Who.OBSERVER_DESK;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.repatria.core.document.DocumentType;
import org.repatria.core.document.EntryKind;
import org.repatria.core.document.EntryStatement;
import org.repatria.core.document.Envelope;
import org.repatria.core.document.KeyCustody;
import org.repatria.core.party.PartyId;
import org.repatria.ledger.audit.LogAuditor;
import org.repatria.ledger.audit.Receipt;
import org.repatria.ledger.note.KeyType;
import org.repatria.ledger.note.NoteSigner;
import org.repatria.ledger.note.NoteVerifier;
import org.repatria.server.Client;
import org.repatria.server.Fixture;
import org.repatria.server.RunningServer;
import org.repatria.server.document.Documents;
import tools.jackson.databind.json.JsonMapper;

/** The log's API end to end: receipts that verify, and every refusal of issue 3 the server makes. */
class LogApiTest {
    private static final NoteSigner UA_KEY = NoteSigner.generate("ua-mod", KeyType.ED25519, new SecureRandom());
    private static final NoteSigner RU_KEY = NoteSigner.generate("ru-mod", KeyType.ED25519, new SecureRandom());
    private static final AtomicInteger SECONDS = new AtomicInteger();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @RegisterExtension
    static final RunningServer running = new RunningServer(5);

    @BeforeAll
    static void registerKeys() {
        register(Fixture.A, UA_KEY);
        register(Fixture.B, RU_KEY);
    }

    @Test
    void aSubmissionIsAnsweredWithAReceiptThatVerifiesAgainstTheServedKey() {
        HttpResponse<String> r = submit(A_DESK, UA_KEY, Fixture.A, "list one");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        Receipt receipt = Receipt.parse(Client.json(r).get("receipt").asString());
        NoteVerifier logKey = NoteVerifier.parse(running.anonymous().get("/log/vkey").body());
        assertThat(new LogAuditor(logKey).checkReceipt(receipt).origin()).isEqualTo(TransparencyLog.ORIGIN);
        assertThat(LogEntry.parse(receipt.entry()).statement().signer()).isEqualTo(Fixture.A);
    }

    @Test
    void anAlteredSignedEntryIsRefused() {
        String body = submission(UA_KEY, Fixture.A, "list two").replace("type person-list", "type proposal");
        HttpResponse<String> r = running.api(A_DESK).postJson("/api/v1/documents", body);
        assertThat(r.statusCode()).isEqualTo(422);
        assertThat(r.body()).contains("bad_signature").contains("altered after signing");
    }

    @Test
    void aKeyThatWasNeverRegisteredIsRefused() {
        NoteSigner stranger = NoteSigner.generate("ua-mod", KeyType.ED25519, new SecureRandom());
        HttpResponse<String> r = submit(A_DESK, stranger, Fixture.A, "list three");
        assertThat(r.statusCode()).isEqualTo(422);
        assertThat(r.body()).contains("no valid signature by a key registered for ua");
    }

    @Test
    void aDocumentClaimedByAnotherPartyIsRefused() {
        HttpResponse<String> r = submit(B_DESK, UA_KEY, Fixture.A, "list four");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("signed as ua but you work for ru");
    }

    @Test
    void theMediatorCannotSubmitInAPartysName() {
        HttpResponse<String> r = submit(MEDIATOR_DESK, UA_KEY, Fixture.A, "list five");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("signed as ua but you work for tr");
    }

    @Test
    void aReplayedSubmissionIsRefused() {
        String body = submission(UA_KEY, Fixture.A, "list six");
        assertThat(running.api(A_DESK).postJson("/api/v1/documents", body).statusCode()).isEqualTo(201);
        HttpResponse<String> again = running.api(A_DESK).postJson("/api/v1/documents", body);
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(again.body()).contains("replay");
    }

    @Test
    void aDocumentIsRelayedByTheMediatorAndAcknowledgedByTheAddressee() {
        HttpResponse<String> submitted = submit(A_DESK, UA_KEY, Fixture.A, "list seven");
        String id = Client.json(submitted).get("envelope_id").asString();
        HttpResponse<String> relayed = running.api(MEDIATOR_DESK).post("/api/v1/documents/" + id + "/relay", "", "application/json");
        assertThat(relayed.statusCode()).as(relayed.body()).isEqualTo(201);
        Receipt relay = Receipt.parse(Client.json(relayed).get("receipt").asString());
        EntryStatement relayStatement = LogEntry.parse(relay.entry()).statement();
        assertThat(relayStatement.kind()).isEqualTo(EntryKind.RELAYED);
        assertThat(relayStatement.custody()).isEqualTo(KeyCustody.SERVER_HELD);
        EntryStatement ack = new EntryStatement(EntryKind.ACKNOWLEDGED, Fixture.B, KeyCustody.OWN,
                relayStatement.time(), relayStatement.envelope());
        String body = JSON.createObjectNode().put("entry", new String(LogEntry.sign(ack, RU_KEY).encoded(),
                StandardCharsets.UTF_8)).toString();
        HttpResponse<String> acked = running.api(B_DESK).postJson("/api/v1/documents/" + id + "/acknowledgement", body);
        assertThat(acked.statusCode()).as(acked.body()).isEqualTo(201);
        HttpResponse<String> inbox = running.desk(B_DESK).get("/desk/documents");
        assertThat(inbox.statusCode()).isEqualTo(200);
        assertThat(inbox.body()).contains(id.substring(0, 12)).contains("Receipt checked: entry")
                .doesNotContain("Receipt check failed");
    }

    @Test
    void anEnvelopeTimedFarFromTheServerClockIsRefusedSayingHowFar() {
        HttpResponse<String> r = running.api(A_DESK).postJson("/api/v1/documents",
                Documents.submission(UA_KEY, Fixture.A, "list stale", Instant.now().minusSeconds(3600)));
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("behind the server's clock").contains("at most 5 minutes");
    }

    @Test
    void theAuthorTheMediatorAndTheAddresseeAfterRelayReadADocumentAndNobodyElse() {
        HttpResponse<String> submitted = submit(A_DESK, UA_KEY, Fixture.A, "list nine");
        String id = Client.json(submitted).get("envelope_id").asString();
        assertThat(running.api(B_DESK).get("/api/v1/documents/" + id).statusCode()).isEqualTo(404);
        assertThat(running.api(A_DESK).get("/api/v1/documents/" + id + "/content").body()).isEqualTo("list nine");
        running.api(MEDIATOR_DESK).post("/api/v1/documents/" + id + "/relay", "", "application/json");
        HttpResponse<String> read = running.api(B_DESK).get("/api/v1/documents/" + id);
        assertThat(read.statusCode()).as(read.body()).isEqualTo(200);
        assertThat(Client.json(read).get("trail").get(1).get("kind").asString()).isEqualTo("relayed");
        assertThat(running.api(B_DESK).get("/api/v1/documents/" + id + "/content").body()).isEqualTo("list nine");
        assertThat(running.api(OBSERVER_DESK).get("/api/v1/documents/" + id).statusCode()).isEqualTo(403);
        assertThat(running.api(MEDIATOR_DESK).get("/api/v1/documents/" + "0".repeat(64)).statusCode()).isEqualTo(404);
    }

    @Test
    void fullTilesAreImmutableAndTheCheckpointIsNotCached() throws Exception {
        TransparencyLog log = running.server().log();
        for (int i = 0; i < 300; i++) {
            submitDirect(log, i);
        }
        HttpResponse<byte[]> tile = raw("/log/tile/0/000");
        assertThat(tile.statusCode()).isEqualTo(200);
        assertThat(tile.body()).hasSize(256 * 32);
        assertThat(tile.headers().firstValue("Cache-Control")).contains("public, max-age=31536000, immutable");
        assertThat(raw("/log/checkpoint").headers().firstValue("Cache-Control")).contains("no-cache");
        assertThat(raw("/log/tile/entries/000").statusCode()).isEqualTo(200);
        assertThat(raw("/log/tile/0/999").statusCode()).isEqualTo(404);
    }

    @Test
    void theServedLogPassesAnAuditWithEveryEntryChecked() {
        submit(A_DESK, UA_KEY, Fixture.A, "list eight");
        NoteVerifier logKey = NoteVerifier.parse(running.anonymous().get("/log/vkey").body());
        var report = new LogAuditor(logKey).audit(path -> {
            HttpResponse<byte[]> r = raw("/log/" + path);
            return r.statusCode() == 200 ? Optional.of(r.body()) : Optional.empty();
        }, Optional.empty(), (entry, index) -> LogEntry.parse(entry));
        assertThat(report.entriesChecked()).isEqualTo(report.checkpoint().checkpoint().size()).isPositive();
    }

    private static void submitDirect(TransparencyLog log, int i) throws Exception {
        Envelope e = Envelope.of(DocumentType.MEMORANDUM, Fixture.A, List.of(Fixture.B), ("memo " + i).getBytes(StandardCharsets.UTF_8),
                Fixture.T0.plusSeconds(100_000 + i), Optional.empty());
        EntryStatement s = new EntryStatement(EntryKind.SUBMITTED, Fixture.A, KeyCustody.OWN, e.time(), e);
        CompletableFuture<LogPosition> done = log.append(LogEntry.sign(s, UA_KEY), Optional.empty());
        if (i == 299) {
            done.get();
        }
    }

    private static HttpResponse<byte[]> raw(String path) {
        try {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + running.port() + path))
                    .build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static HttpResponse<String> submit(Fixture.Who who, NoteSigner key, PartyId author, String text) {
        return running.api(who).postJson("/api/v1/documents", submission(key, author, text));
    }

    private static String submission(NoteSigner key, PartyId author, String text) {
        return Documents.submission(key, author, text, Instant.now().minusSeconds(120).plusSeconds(SECONDS.incrementAndGet()));
    }

    private static void register(PartyId party, NoteSigner key) {
        Documents.register(running, party, key);
    }
}
