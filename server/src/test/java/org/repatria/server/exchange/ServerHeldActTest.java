package org.repatria.server.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.repatria.server.Fixture.Who.A_DESK;
import static org.repatria.server.Fixture.Who.B_DESK;
import static org.repatria.server.Fixture.Who.MEDIATOR_DESK;
import static org.repatria.server.exchange.Signer.get;
import static org.repatria.server.exchange.Signer.post;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.repatria.core.document.KeyCustody;
import org.repatria.ledger.audit.Receipt;
import org.repatria.server.Callers;
import org.repatria.server.Client;
import org.repatria.server.RunningServer;
import org.repatria.server.log.LogEntry;
import tools.jackson.databind.JsonNode;

/** Signing a tranche's act on the desk with the key the server holds for a side, where the mediator enabled one. */
class ServerHeldActTest {
    private static final String DESK = "/desk/agreements/" + FiveForFive.ID + "/tranches/1";

    @RegisterExtension
    static final RunningServer running = new RunningServer(30);

    @BeforeAll
    static void uaHandedOverAndHasAServerHeldKey() {
        FiveForFive.handedOverByUa(running);
        post(running.api(MEDIATOR_DESK), "/api/v1/parties/ua/server-held-key", "{}", 201);
    }

    @Test
    void aSideSignsTheActOnTheDeskWithTheKeyTheServerHoldsAndTheEntrySaysSo() {
        Client desk = running.desk(A_DESK);
        String page = desk.get(DESK).body();
        assertThat(page).contains("id=\"sign-act\"");
        HttpResponse<String> signed = desk.post(DESK + "/act", "_csrf=" + URLEncoder.encode(Callers.csrf(page),
                StandardCharsets.UTF_8), "application/x-www-form-urlencoded");

        assertThat(signed.statusCode()).as(signed.body()).isEqualTo(200);
        assertThat(signed.body()).doesNotContain("id=\"sign-act\"");
        JsonNode signature = get(running.api(MEDIATOR_DESK), FiveForFive.AGREEMENT + "/tranches/1/act").get("signatures").get(0);
        assertThat(signature.get("party").asString()).isEqualTo("ua");
        JsonNode trail = get(running.api(MEDIATOR_DESK), "/api/v1/documents/" + signature.get("envelope_id").asString()).get("trail");
        Receipt receipt = Receipt.parse(get(running.api(MEDIATOR_DESK), "/api/v1/log/receipts/" + trail.get(0).get("index").asLong())
                .get("receipt").asString());
        assertThat(LogEntry.parse(receipt.entry()).statement().custody()).isEqualTo(KeyCustody.SERVER_HELD);
    }

    @Test
    void aSideWithoutAServerHeldKeyIsToldToSignWithItsOwn() {
        HttpResponse<String> r = running.api(B_DESK).postJson(FiveForFive.AGREEMENT + "/tranches/1/act/server-held-signature", "{}");

        assertThat(r.statusCode()).isEqualTo(409);
        assertThat(r.body()).contains("holds no key for ru");
    }
}
