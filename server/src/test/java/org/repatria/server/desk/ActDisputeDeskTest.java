package org.repatria.server.desk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.repatria.server.Fixture.Who.A_DESK;
import static org.repatria.server.Fixture.Who.B_DESK;
import static org.repatria.server.Fixture.Who.MEDIATOR_DESK;

import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.repatria.server.Client;
import org.repatria.server.Fixture;
import org.repatria.server.RunningServer;
import org.repatria.server.dispute.Disputed;
import org.repatria.server.document.Documents;
import org.repatria.server.exchange.FiveForFive;

/** The side that receives a signed handover act disputes it from the crossing's checklist; both sides see the thread. */
class ActDisputeDeskTest {
    private static final String CHECKLIST = "/desk/agreements/" + FiveForFive.ID + "/tranches/1";
    private static String uaSignature;

    @RegisterExtension
    static final RunningServer running = new RunningServer(30);

    @BeforeAll
    static void actSignedByUaAndRelayed() {
        FiveForFive.handedOverByUa(running);
        Documents.register(running, Fixture.A, Documents.UA_KEY);
        Documents.register(running, Fixture.B, Documents.RU_KEY);
        Documents.enableServerHeldKey(running, Fixture.B);
        Negotiator ua = new Negotiator(running, A_DESK);
        HttpResponse<String> signed = ua.sign(ua.get(CHECKLIST).body(), CHECKLIST + "/act/signature", Documents.UA_KEY);
        assertThat(signed.statusCode()).as(signed.body()).isEqualTo(303);
        uaSignature = Client.json(running.api(MEDIATOR_DESK).get("/api/v1/agreements/" + FiveForFive.ID + "/tranches/1/act"))
                .get("signatures").get(0).get("envelope_id").asString();
        Negotiator.relay(running, uaSignature);
    }

    @Test
    void theReceivingSideDisputesTheActFromTheChecklistAndBothSidesSeeTheThread() {
        Negotiator ru = new Negotiator(running, B_DESK);
        assertThat(ru.get(CHECKLIST).body()).contains("href=\"/desk/documents/" + uaSignature + "/disputes\" id=\"dispute-this\"");
        String dispute = Disputed.logged(Disputed.dispute(running, B_DESK, uaSignature, "Act, line 6",
                "MI-999999 was not on the manifest and did not cross."));
        Disputed.relay(running, dispute);
        for (Negotiator side : List.of(new Negotiator(running, A_DESK), ru)) {
            assertThat(side.get(CHECKLIST).body()).contains("id=\"dispute-" + dispute + "\"").contains("Act, line 6")
                    .contains("MI-999999 was not on the manifest and did not cross.");
        }
    }
}
