package org.repatria.server.desk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.repatria.server.Fixture.Who.A_DESK;
import static org.repatria.server.Fixture.Who.B_DESK;
import static org.repatria.server.Fixture.Who.MEDIATOR_DESK;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.repatria.server.Client;
import org.repatria.server.Fixture;
import org.repatria.server.RunningServer;
import org.repatria.server.document.Documents;
import org.repatria.server.exchange.FiveForFive;
import tools.jackson.databind.JsonNode;

/**
 * A side signs the tranche's act from the checklist with its own key, the statement signed in the browser. The refusal
 * runs first: once a side signed, the other is offered the act only after the mediator relayed that signature.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ActSigningDeskTest {
    private static final String CHECKLIST = "/desk/agreements/" + FiveForFive.ID + "/tranches/1";
    private static final String ACT = "/api/v1/agreements/" + FiveForFive.ID + "/tranches/1/act";

    @RegisterExtension
    static final RunningServer running = new RunningServer(30);

    @BeforeAll
    static void uaHandedOver() {
        FiveForFive.handedOverByUa(running);
        Documents.register(running, Fixture.A, Documents.UA_KEY);
        Documents.register(running, Fixture.B, Documents.RU_KEY);
    }

    @Test
    @Order(2)
    void aSideSignsTheActWithItsKeyFileAndTheOtherSideThenAnswersIt() {
        Negotiator ua = new Negotiator(running, A_DESK);
        HttpResponse<String> r = ua.sign(ua.get(CHECKLIST).body(), CHECKLIST + "/act/signature", Documents.UA_KEY);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(303);
        JsonNode first = act().get("signatures").get(0);
        assertThat(first.get("party").asString()).isEqualTo("ua");
        assertThat(ua.get(CHECKLIST).body()).doesNotContain("/act/signature");
        running.api(MEDIATOR_DESK).postJson("/api/v1/documents/" + first.get("envelope_id").asString() + "/relay", "{}");

        Negotiator ru = new Negotiator(running, B_DESK);
        assertThat(ru.sign(ru.get(CHECKLIST).body(), CHECKLIST + "/act/signature", Documents.RU_KEY).statusCode())
                .isEqualTo(303);
        assertThat(act().get("signatures")).hasSize(2);
    }

    @Test
    @Order(1)
    void aSignatureByTheOtherSidesKeyIsRefusedWithTheReasonAndNothingIsSigned() {
        Negotiator ru = new Negotiator(running, B_DESK);
        String page = ru.get(CHECKLIST).body();
        int before = act().get("signatures").size();
        HttpResponse<String> r = ru.sign(page, CHECKLIST + "/act/signature", Documents.UA_KEY);
        assertThat(r.statusCode()).isEqualTo(422);
        assertThat(r.body()).contains("id=\"refusal\"");
        assertThat(act().get("signatures")).hasSize(before);
    }

    @Test
    void theMediatorIsNotOfferedToSignTheAct() {
        assertThat(running.desk(MEDIATOR_DESK).get(CHECKLIST).body()).doesNotContain("/act/signature");
    }

    private static JsonNode act() {
        return Client.json(running.api(MEDIATOR_DESK).get(ACT));
    }
}
