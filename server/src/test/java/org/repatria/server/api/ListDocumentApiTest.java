package org.repatria.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.repatria.core.document.EntryKind;
import org.repatria.core.document.EntryStatement;
import org.repatria.core.document.KeyCustody;
import org.repatria.ledger.audit.LogAuditor;
import org.repatria.ledger.audit.Receipt;
import org.repatria.ledger.note.KeyType;
import org.repatria.ledger.note.NoteSigner;
import org.repatria.ledger.note.SignedNote;
import org.repatria.server.Client;
import org.repatria.server.Fixture.Who;
import org.repatria.server.Fixture;
import org.repatria.server.RunningServer;
import org.repatria.server.document.Documents;
import org.repatria.server.log.LogEntry;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** An imported list becomes a signed person-list document on the log (issue 4, item 5; docs/decisions/0065). */
class ListDocumentApiTest {
    private static final NoteSigner UA_KEY = Documents.UA_KEY;
    private static final NoteSigner RU_KEY = Documents.RU_KEY;
    private static final NoteSigner STRANGER = NoteSigner.generate("ua-mod", KeyType.ED25519, new SecureRandom());
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @RegisterExtension
    static final RunningServer running = new RunningServer(5);

    @BeforeAll
    static void keys() {
        Documents.registerPartyKeys(running);
    }

    @Test
    void anImportedListIsNotYetSignedAndItsAuthorGetsTheStatementOverItsCanonicalBytes() {
        JsonNode imported = Client.json(importAs(Who.A_DESK, "title=unsigned&purpose=holding", csv("Петренко")));
        JsonNode document = imported.get("document");
        assertThat(document.get("status").asString()).isEqualTo("unsigned");
        EntryStatement statement = EntryStatement.parse(document.get("statement").asString().getBytes(StandardCharsets.UTF_8));
        assertThat(statement.envelope().type().token()).isEqualTo("person-list");
        assertThat(statement.envelope().addressees()).containsExactly(Fixture.B);
        byte[] canonical = running.api(Who.A_DESK).get("/api/v1/lists/" + id(imported) + "/document/content").body()
                .getBytes(StandardCharsets.UTF_8);
        assertThat(statement.envelope().content().hex()).isEqualTo(sha256(canonical)).isEqualTo(document.get("sha256").asString());
    }

    @Test
    void theSignedStatementPutsTheListOnTheLogWithAReceiptThatChecksOffline() {
        String id = id(Client.json(importAs(Who.A_DESK, "title=signed&purpose=holding", csv("Коваль"))));
        HttpResponse<String> signed = sign(Who.A_DESK, id, UA_KEY);
        assertThat(signed.statusCode()).as(signed.body()).isEqualTo(201);
        JsonNode document = Client.json(signed);
        assertThat(document.get("status").asString()).isEqualTo("signed");
        assertThat(document.get("intact").asBoolean()).isTrue();
        JsonNode submitted = document.get("trail").get(0);
        assertThat(submitted.get("kind").asString()).isEqualTo("submitted");
        assertThat(submitted.get("custody").asString()).isEqualTo("own");
        Receipt receipt = Receipt.parse(submitted.get("receipt").asString());
        assertThat(new LogAuditor(running.server().log().verifier()).checkReceipt(receipt).size()).isGreaterThan(receipt.index());
        assertThat(receipt.index()).isEqualTo(submitted.get("index").asLong());
        byte[] stored = running.api(Who.A_DESK).get("/api/v1/documents/" + document.get("envelope_id").asString() + "/content")
                .body().getBytes(StandardCharsets.UTF_8);
        assertThat(sha256(stored)).isEqualTo(document.get("sha256").asString());
    }

    @Test
    void aListIsSignedOnlyOnce() {
        String id = id(Client.json(importAs(Who.A_DESK, "title=once&purpose=holding", csv("Бондар"))));
        String statement = statement(Who.A_DESK, id);
        assertThat(post(Who.A_DESK, id, signedEntry(statement, UA_KEY)).statusCode()).isEqualTo(201);
        HttpResponse<String> again = post(Who.A_DESK, id, signedEntry(statement, UA_KEY));
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(again.body()).contains("signed already");
    }

    @Test
    void aSignatureByAnUnregisteredKeyIsRefusedAndTheListStaysUnsigned() {
        String id = id(Client.json(importAs(Who.A_DESK, "title=stranger&purpose=holding", csv("Гнатюк"))));
        HttpResponse<String> r = sign(Who.A_DESK, id, STRANGER);
        assertThat(r.statusCode()).isEqualTo(422);
        assertThat(r.body()).contains("bad_signature");
        assertThat(document(Who.A_DESK, id).get("status").asString()).isEqualTo("unsigned");
    }

    @Test
    void aStatementOverOtherBytesIsRefusedAsADocumentChangedAfterSigning() {
        String first = id(Client.json(importAs(Who.A_DESK, "title=first&purpose=holding", csv("Мельник"))));
        String second = id(Client.json(importAs(Who.A_DESK, "title=second&purpose=holding", csv("Ткач"))));
        HttpResponse<String> r = post(Who.A_DESK, second, signedEntry(statement(Who.A_DESK, first), UA_KEY));
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("document changed after signing");
        assertThat(document(Who.A_DESK, second).get("status").asString()).isEqualTo("unsigned");
    }

    @Test
    void anotherPartysDeskCannotSignOrEvenSeeAnUnrelayedList() {
        String id = id(Client.json(importAs(Who.A_DESK, "title=private&purpose=holding", csv("Кравець"))));
        assertThat(sign(Who.B_DESK, id, RU_KEY).statusCode()).isEqualTo(404);
    }

    @Test
    void theMediatorSeesTheStandingButNoStatementToSign() {
        String id = id(Client.json(importAs(Who.A_DESK, "title=seen&purpose=holding", csv("Олійник"))));
        JsonNode document = document(Who.MEDIATOR_DESK, id);
        assertThat(document.get("status").asString()).isEqualTo("unsigned");
        assertThat(document.get("statement").asString()).isEmpty();
    }

    @Test
    void importingWithTheServerHeldKeySignsAtOnceAndTheEntrySaysSo() {
        JsonNode document = Client.json(importAs(Who.B_DESK, "title=held&purpose=holding&sign=server-held", csv("Иванов")))
                .get("document");
        assertThat(document.get("status").asString()).isEqualTo("signed");
        assertThat(document.get("trail").get(0).get("custody").asString()).isEqualTo("server-held");
    }

    @Test
    void importingWithAServerHeldKeyThePartyLacksStoresNothing() {
        int before = Client.json(running.api(Who.A_DESK).get("/api/v1/lists")).size();
        HttpResponse<String> r = importAs(Who.A_DESK, "title=nokey&purpose=holding&sign=server-held", csv("Шевчук"));
        assertThat(r.statusCode()).isEqualTo(409);
        assertThat(Client.json(running.api(Who.A_DESK).get("/api/v1/lists")).size()).isEqualTo(before);
    }

    @Test
    void theRelayAndTheAcknowledgementOfASignedListAreItsTrailOnTheLog() {
        String id = id(Client.json(importAs(Who.A_DESK, "title=relayed&purpose=request", csv("Лисенко"))));
        String envelope = Client.json(sign(Who.A_DESK, id, UA_KEY)).get("envelope_id").asString();
        HttpResponse<String> relay = running.api(Who.MEDIATOR_DESK).postJson("/api/v1/lists/" + id + "/relay", "{\"to\":\"ru\"}");
        assertThat(relay.statusCode()).as(relay.body()).isEqualTo(200);
        String ack = new String(LogEntry.sign(acknowledgement(envelope), RU_KEY).encoded(), StandardCharsets.UTF_8);
        HttpResponse<String> acked = running.api(Who.B_DESK).postJson("/api/v1/documents/" + envelope + "/acknowledgement",
                JSON.createObjectNode().put("entry", ack).toString());
        assertThat(acked.statusCode()).as(acked.body()).isEqualTo(201);
        JsonNode trail = document(Who.B_DESK, id).get("trail");
        assertThat(trail.valueStream().map(s -> s.get("kind").asString() + " " + s.get("signer").asString()))
                .containsExactly("submitted ua", "relayed tr", "acknowledged ru");
    }

    @Test
    void relayingASignedListToAnObserverItsAuthorDidNotAddressIsRefusedAndChangesNothing() {
        String id = id(Client.json(importAs(Who.A_DESK, "title=observed&purpose=request", csv("Савчук"))));
        sign(Who.A_DESK, id, UA_KEY);
        HttpResponse<String> r = running.api(Who.MEDIATOR_DESK).postJson("/api/v1/lists/" + id + "/relay", "{\"to\":\"icrc\"}");
        assertThat(r.statusCode()).isEqualTo(422);
        assertThat(Client.json(r).get("error").asString()).isEqualTo("not_addressee");
        assertThat(document(Who.A_DESK, id).get("trail").size()).isEqualTo(1);
        assertThat(running.api(Who.OBSERVER_DESK).get("/api/v1/lists/" + id).statusCode()).isEqualTo(404);
    }

    @Test
    void aStoredListAlteredAfterSigningIsReportedAsNoLongerMatchingItsSignedHash() {
        String id = id(Client.json(importAs(Who.A_DESK, "title=tampered&purpose=holding", csv("Захарченко"))));
        String signedHash = Client.json(sign(Who.A_DESK, id, UA_KEY)).get("sha256").asString();
        assertThat(running.alterRows(id, "surname = 'Захарчук'")).isEqualTo(1);
        JsonNode document = document(Who.A_DESK, id);
        assertThat(document.get("intact").asBoolean()).isFalse();
        assertThat(document.get("sha256").asString()).isEqualTo(signedHash);
    }

    private static EntryStatement acknowledgement(String envelope) {
        EntryStatement submitted = LogEntry.parse(Receipt.parse(Client.json(running.api(Who.B_DESK).get("/api/v1/log/receipts/"
                + Client.json(running.api(Who.B_DESK).get("/api/v1/documents/" + envelope)).get("trail").get(0).get("index")
                .asLong())).get("receipt").asString()).entry()).statement();
        return new EntryStatement(EntryKind.ACKNOWLEDGED, Fixture.B, KeyCustody.OWN, submitted.time(), submitted.envelope());
    }

    static byte[] csv(String surname) {
        return ("id,surname,given_name,birth_date,category\n1," + surname + ",Іван,1990,POW\n").getBytes(StandardCharsets.UTF_8);
    }

    static HttpResponse<String> importAs(Who who, String query, byte[] file) {
        Client client = running.api(who);
        HttpResponse<String> r = client.send(client.request("/api/v1/lists/import?" + query).header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofByteArray(file)));
        assertThat(r.statusCode()).as(r.body()).isIn(201, 409);
        return r;
    }

    private static String id(JsonNode imported) {
        return imported.get("list").get("id").asString();
    }

    private static JsonNode document(Who who, String id) {
        HttpResponse<String> r = running.api(who).get("/api/v1/lists/" + id + "/document");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return Client.json(r);
    }

    private static String statement(Who who, String id) {
        return document(who, id).get("statement").asString();
    }

    private static String signedEntry(String statement, NoteSigner key) {
        return new String(SignedNote.sign(statement, key).encoded(), StandardCharsets.UTF_8);
    }

    private static HttpResponse<String> post(Who who, String id, String entry) {
        return running.api(who).postJson("/api/v1/lists/" + id + "/document", JSON.createObjectNode().put("entry", entry).toString());
    }

    private static HttpResponse<String> sign(Who who, String id, NoteSigner key) {
        HttpResponse<String> r = running.api(who).get("/api/v1/lists/" + id + "/document");
        String statement = r.statusCode() == 200 ? Client.json(r).get("statement").asString() : "";
        return post(who, id, statement.isEmpty() ? "" : signedEntry(statement, key));
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
