package org.repatria.server.desk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.repatria.server.Fixture.Who.A_DESK;
import static org.repatria.server.Fixture.Who.B_DESK;
import static org.repatria.server.Fixture.Who.MEDIATOR_DESK;

import java.net.http.HttpResponse;
import java.security.SecureRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.repatria.ledger.audit.LogAuditor;
import org.repatria.ledger.audit.Receipt;
import org.repatria.ledger.note.KeyType;
import org.repatria.ledger.note.NoteSigner;
import org.repatria.ledger.note.NoteVerifier;
import org.repatria.server.Client;
import org.repatria.server.Fixture;
import org.repatria.server.RunningServer;
import org.repatria.server.document.Documents;
import org.repatria.server.log.LogEntry;

/** The mediator turns a party's server-held key off: the server signs no more for it, and what it signed still verifies. */
class ServerHeldKeyOffTest {
    private static final String HELD_KEY = "/api/v1/parties/ru/server-held-key";

    @RegisterExtension
    static final RunningServer running = new RunningServer(3);

    @Test
    void afterTurningItOffTheServerNoLongerSignsButEarlierEntriesStillVerify() {
        NoteSigner uaKey = NoteSigner.generate("ua-mod", KeyType.ED25519, new SecureRandom());
        Documents.register(running, Fixture.A, uaKey);
        HttpResponse<String> on = running.api(MEDIATOR_DESK).post(HELD_KEY, "", "application/json");
        assertThat(on.statusCode()).as(on.body()).isEqualTo(201);
        NoteVerifier held = NoteVerifier.parse(Client.json(on).get("vkey").asString());
        String before = Documents.relayed(running, A_DESK, uaKey, "list acknowledged while the key is on");
        assertThat(acknowledge(before).statusCode()).isEqualTo(303);

        HttpResponse<String> off = running.api(MEDIATOR_DESK).delete(HELD_KEY);
        assertThat(off.statusCode()).as(off.body()).isEqualTo(204);

        String after = Documents.relayed(running, A_DESK, uaKey, "list relayed after the key was turned off");
        assertThat(acknowledge(after).statusCode()).isEqualTo(409);
        long index = Client.json(running.api(B_DESK).get("/api/v1/documents/" + before)).get("trail").get(2).get("index").asLong();
        Receipt receipt = Receipt.parse(Client.json(running.anonymous().get("/api/v1/log/receipts/" + index)).get("receipt").asString());
        new LogAuditor(NoteVerifier.parse(running.anonymous().get("/log/vkey").body())).checkReceipt(receipt);
        LogEntry.parse(receipt.entry()).checkSignedBy(held);
        String again = "{\"vkey\":\"" + held.encoded() + "\"}";
        assertThat(running.api(MEDIATOR_DESK).postJson("/api/v1/parties/ru/keys", again).statusCode())
                .as("the verifier key stays registered").isEqualTo(409);
    }

    @Test
    void turningOffAKeyTheServerDoesNotHoldIsNotFound() {
        HttpResponse<String> r = running.api(MEDIATOR_DESK).delete("/api/v1/parties/ua/server-held-key");

        assertThat(r.statusCode()).isEqualTo(404);
        assertThat(r.body()).contains("holds no key for ua");
    }

    private static HttpResponse<String> acknowledge(String id) {
        return running.desk(B_DESK).post("/desk/documents/" + id + "/acknowledgement", "custody=server-held",
                DocumentDeskTest.FORM);
    }
}
