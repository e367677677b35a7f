package org.repatria.server.desk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.repatria.server.Fixture.Who.A_DESK;
import static org.repatria.server.Fixture.Who.B_DESK;
import static org.repatria.server.Fixture.Who.MEDIATOR_DESK;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.repatria.core.document.EntryKind;
import org.repatria.core.document.EntryStatement;
import org.repatria.core.document.KeyCustody;
import org.repatria.ledger.audit.Receipt;
import org.repatria.ledger.note.KeyType;
import org.repatria.ledger.note.NoteSigner;
import org.repatria.server.Client;
import org.repatria.server.Fixture;
import org.repatria.server.RunningServer;
import org.repatria.server.document.Documents;
import org.repatria.server.log.LogEntry;
import tools.jackson.databind.json.JsonMapper;

/** A server-held key is the mediator's explicit per-party setting, and every entry signed with it says so. */
class ServerHeldKeyTest {
    private static final NoteSigner UA_KEY = NoteSigner.generate("ua-mod", KeyType.ED25519, new SecureRandom());
    private static final NoteSigner RU_KEY = NoteSigner.generate("ru-mod", KeyType.ED25519, new SecureRandom());

    @RegisterExtension
    static final RunningServer running = new RunningServer(5);

    @BeforeAll
    static void setUp() {
        Documents.register(running, Fixture.A, UA_KEY);
        Documents.register(running, Fixture.B, RU_KEY);
        Documents.enableServerHeldKey(running, Fixture.B);
    }

    @Test
    void theAddresseeAcknowledgesWithTheServerHeldKeyAndTheEntryAndTheDeskSaySo() {
        String id = Documents.relayed(running, A_DESK, UA_KEY, "held list one");
        HttpResponse<String> r = running.desk(B_DESK).post("/desk/documents/" + id + "/acknowledgement",
                "custody=server-held", DocumentDeskTest.FORM);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(303);
        long index = Client.json(running.api(B_DESK).get("/api/v1/documents/" + id)).get("trail").get(2).get("index").asLong();
        String receipt = Client.json(running.anonymous().get("/api/v1/log/receipts/" + index)).get("receipt").asString();
        EntryStatement s = LogEntry.parse(Receipt.parse(receipt).entry()).statement();
        assertThat(s.kind()).isEqualTo(EntryKind.ACKNOWLEDGED);
        assertThat(s.custody()).isEqualTo(KeyCustody.SERVER_HELD);
        assertThat(running.desk(A_DESK).get("/desk/documents").body()).contains("server-held key");
    }

    @Test
    void aPartyWithoutTheSettingCannotHaveTheServerSignForIt() {
        String id = Documents.relayed(running, B_DESK, RU_KEY, "held list two");
        HttpResponse<String> r = running.desk(A_DESK).post("/desk/documents/" + id + "/acknowledgement",
                "custody=server-held", DocumentDeskTest.FORM);
        assertThat(r.statusCode()).isEqualTo(409);
        assertThat(running.desk(A_DESK).get("/desk/documents").body()).doesNotContain("custody\" value=\"server-held");
    }

    @Test
    void enablingASecondServerHeldKeyIsAConflict() {
        HttpResponse<String> again = running.api(MEDIATOR_DESK).post("/api/v1/parties/ru/server-held-key", "", "application/json");
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(again.body()).contains("holds a key for ru already");
    }

    @Test
    void anEntrySignedWithThePartysOwnKeyCannotClaimServerHeldCustody() {
        String id = Documents.relayed(running, A_DESK, UA_KEY, "held list three");
        EntryStatement relay = LogEntry.parse(Receipt.parse(Client.json(running.anonymous().get("/api/v1/log/receipts/"
                + (running.server().log().checkpoint().checkpoint().size() - 1))).get("receipt").asString()).entry()).statement();
        EntryStatement claim = new EntryStatement(EntryKind.ACKNOWLEDGED, Fixture.B, KeyCustody.SERVER_HELD, relay.time(),
                relay.envelope());
        String body = JsonMapper.builder().build().createObjectNode()
                .put("entry", new String(LogEntry.sign(claim, RU_KEY).encoded(), StandardCharsets.UTF_8)).toString();
        HttpResponse<String> r = running.api(B_DESK).postJson("/api/v1/documents/" + id + "/acknowledgement", body);
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("says key server-held but is signed with a key of ru's own");
    }
}
