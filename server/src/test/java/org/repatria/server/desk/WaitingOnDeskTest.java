package org.repatria.server.desk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.repatria.server.Fixture.Who.A_DESK;
import static org.repatria.server.Fixture.Who.B_DESK;
import static org.repatria.server.Fixture.Who.MEDIATOR_DESK;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.repatria.server.RunningServer;
import org.repatria.server.document.Documents;

/** Where a step waits on someone else, the agreement and tranche pages say on whom and for what. */
class WaitingOnDeskTest {
    @RegisterExtension
    static final RunningServer running = new RunningServer(10);
    private final Negotiator ua = new Negotiator(running, A_DESK);
    private final Negotiator ru = new Negotiator(running, B_DESK);
    private final Negotiator mediator = new Negotiator(running, MEDIATOR_DESK);

    @Test
    void aProposalNotYetRelayedWaitsOnTheMediatorToRelayIt() {
        HttpResponse<String> review = ua.post("/desk/proposals", Negotiator.fiveForFive("wait-relay"));
        assertThat(ua.sign(review.body(), "/desk/agreements", Documents.UA_KEY).statusCode()).isEqualTo(303);
        assertThat(waiting(ua, "/desk/agreements/wait-relay"))
                .contains("Türkiye</strong>: to relay the proposal signed by you (Україна) to Россия");
    }

    @Test
    void aRelayedProposalWaitsOnTheOtherSideToAnswerIt() {
        Negotiator.proposedAndRelayed(running, "wait-answer");
        assertThat(waiting(ru, "/desk/agreements/wait-answer"))
                .contains("you (Россия)</strong>: to accept or counter the text on the table");
    }

    @Test
    void anAcceptedAgreementWaitsOnEachSideToNominate() {
        Negotiator.accepted(running, "wait-nominate");
        assertThat(waiting(ua, "/desk/agreements/wait-nominate")).contains("you (Україна)</strong>: to nominate")
                .doesNotContain("Россия</strong>: to nominate");
        assertThat(waiting(mediator, "/desk/agreements/wait-nominate")).contains("Україна</strong>: to nominate")
                .contains("Россия</strong>: to nominate");
    }

    @Test
    void theNominationsPageSaysWhoIsStillToNominate() {
        Negotiator.accepted(running, "wait-nominations");
        assertThat(waiting(ru, "/desk/agreements/wait-nominations/nominations")).contains("you (Россия)</strong>: to"
                + " nominate");
    }

    @Test
    void aPlanSignatureWaitsOnTheMediatorsRelayAndThenOnTheOtherSide() {
        TwoTranches x = TwoTranches.proposed(running, "wait-plan");
        int number = x.plansReply().size();
        assertThat(waiting(ru, x.agreementPage())).contains("Україна, you (Россия)</strong>: to sign plan " + number);
        assertThat(ua.sign(ua.get(x.plans()).body(), x.plans() + "/" + number + "/signature", Documents.UA_KEY)
                .statusCode()).isEqualTo(303);
        assertThat(waiting(ru, x.agreementPage())).contains("Türkiye</strong>: to relay the signature of Україна on plan "
                + number);
        Negotiator.relay(running, x.plansReply().get(number - 1).get("signatures").get(0).get("envelope_id").asString());
        assertThat(waiting(ru, x.agreementPage())).contains("you (Россия)</strong>: to sign plan " + number);
    }

    @Test
    void aTrancheWaitsOnEachSideToRecordAndAnActSignatureOnTheMediatorsRelay() {
        TwoTranches x = TwoTranches.inForce(running, "wait-act");
        assertThat(waiting(mediator, x.tranche(1))).contains("Україна</strong>: to record what it presented at the"
                + " crossing of tranche 1").contains("Россия</strong>: to record");
        assertThat(x.uaRecordsOneRefusedOneAbsent().statusCode()).isEqualTo(200);
        String checklist = x.tranche(1);
        assertThat(ua.sign(ua.get(checklist).body(), checklist + "/act/signature", Documents.UA_KEY).statusCode())
                .isEqualTo(303);
        assertThat(waiting(mediator, checklist)).contains("you (Türkiye)</strong>: to relay the signature of Україна on"
                + " the act of tranche 1").doesNotContain("Україна</strong>: to record");
        assertThat(waiting(mediator, checklist)).contains("you (Türkiye)</strong>: to record why each person not handed"
                + " over in tranche 1 did not cross");
    }

    @Test
    void thePlansPageSaysOnWhomTheProposedPlanWaits() {
        TwoTranches x = TwoTranches.proposed(running, "wait-plans");
        assertThat(waiting(mediator, x.plans())).contains("Україна, Россия</strong>: to sign plan 1");
    }

    @Test
    void theWaitingLineIsInTheReadersLanguage() {
        Negotiator.proposedAndRelayed(running, "wait-uk");
        assertThat(waiting(ru, "/desk/agreements/wait-uk", "uk")).contains("прийняти текст, що на столі");
        assertThat(waiting(ru, "/desk/agreements/wait-uk", "ru")).contains("принять текст, лежащий на столе");
    }

    @BeforeAll
    static void keys() {
        TwoTranches.keys(running);
    }

    private static String waiting(Negotiator who, String page) {
        return waiting(who, page, "en");
    }

    /** The page's "waiting on" section. */
    private static String waiting(Negotiator who, String page, String lang) {
        String body = who.get(page + (page.contains("?") ? "&" : "?") + "lang=" + lang).body();
        int start = body.indexOf("id=\"waiting-on\"");
        assertThat(start).as(body).isGreaterThan(0);
        return body.substring(start, body.indexOf("</section>", start));
    }
}
