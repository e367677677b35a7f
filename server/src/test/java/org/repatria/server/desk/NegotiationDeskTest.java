package org.repatria.server.desk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.repatria.server.Fixture.Who.A_DESK;
import static org.repatria.server.Fixture.Who.B_DESK;
import static org.repatria.server.Fixture.Who.MEDIATOR_DESK;
import static org.repatria.server.Fixture.Who.OBSERVER_DESK;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.repatria.server.Fixture;
import org.repatria.server.RunningServer;
import org.repatria.server.document.Documents;
import tools.jackson.databind.JsonNode;

/** Proposing, countering and accepting an agreement from the desk's forms, each document signed by the side. */
class NegotiationDeskTest {
    @RegisterExtension
    static final RunningServer running = new RunningServer(5);
    private final Negotiator ua = new Negotiator(running, A_DESK);
    private final Negotiator ru = new Negotiator(running, B_DESK);

    @BeforeAll
    static void registerKeys() {
        Documents.register(running, Fixture.A, Documents.UA_KEY);
        Documents.register(running, Fixture.B, Documents.RU_KEY);
        Documents.enableServerHeldKey(running, Fixture.B);
    }

    @Test
    void aSideProposesFromTheFormSigningTheShownTextWithItsKey() {
        HttpResponse<String> review = ua.post("/desk/proposals", Negotiator.fiveForFive("desk-one"));
        assertThat(review.statusCode()).as(review.body()).isEqualTo(200);
        assertThat(review.body()).contains("first-gives 5").contains("categories pow");
        HttpResponse<String> sent = ua.sign(review.body(), "/desk/agreements", Documents.UA_KEY);
        assertThat(sent.statusCode()).as(sent.body()).isEqualTo(303);
        assertThat(sent.headers().firstValue("Location")).hasValue("/desk/agreements/desk-one");
        assertThat(agreement("desk-one").get("state").asString()).isEqualTo("PROPOSED");
    }

    @Test
    void aDeadlineBeforeTheNominationsIsRefusedNamingTheFieldAndNothingIsStored() {
        Map<String, List<String>> form = Negotiator.fiveForFive("desk-two");
        form.put("completed-by", List.of("2025-06-01"));
        HttpResponse<String> r = ua.post("/desk/proposals", form);
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("data-field=\"completed-by\"").contains("2025-06-01");
        assertThat(running.api(A_DESK).get("/api/v1/agreements/desk-two").statusCode()).isEqualTo(404);
    }

    @Test
    void aCountThatIsNotANumberIsRefusedNamingTheFieldAndTheFormKeepsWhatWasTyped() {
        Map<String, List<String>> form = Negotiator.fiveForFive("desk-three");
        form.put("first-gives", List.of("five"));
        HttpResponse<String> r = ua.post("/desk/proposals", form);
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("data-field=\"first-gives\"").contains("value=\"five\"");
    }

    @Test
    void aSignatureByAnotherKeyIsRefusedWithTheReasonAndNothingIsStored() {
        HttpResponse<String> review = ua.post("/desk/proposals", Negotiator.fiveForFive("desk-four"));
        HttpResponse<String> sent = ua.sign(review.body(), "/desk/agreements", Documents.RU_KEY);
        assertThat(sent.statusCode()).isEqualTo(422);
        assertThat(sent.body()).contains("id=\"refusal\"").contains("data-statement=");
        assertThat(running.api(A_DESK).get("/api/v1/agreements/desk-four").statusCode()).isEqualTo(404);
    }

    @Test
    void aProposalNotYetAcceptedOffersNoNominationsOrPlansToFollow() {
        proposedAndRelayed("desk-twelve");
        String page = ru.get("/desk/agreements/desk-twelve").body();
        assertThat(page).contains("id=\"agreement-state\"").doesNotContain("id=\"nominations-link\"")
                .doesNotContain("id=\"plans-link\"");
    }

    @Test
    void theOtherSideAcceptsTheRelayedTextAndTheAgreementIsInForce() {
        proposedAndRelayed("desk-five");
        String page = ru.get("/desk/agreements/desk-five").body();
        HttpResponse<String> r = ru.sign(page, "/desk/agreements/desk-five/acceptance", Documents.RU_KEY);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(303);
        assertThat(agreement("desk-five").get("state").asString()).isEqualTo("ACCEPTED");
    }

    @Test
    void theOtherSideMayAcceptWithTheKeyTheServerHoldsForIt() {
        proposedAndRelayed("desk-six");
        String page = ru.get("/desk/agreements/desk-six").body();
        assertThat(page).contains("name=\"custody\" value=\"server-held\"");
        HttpResponse<String> r = ru.signWithServerHeldKey(page, "/desk/agreements/desk-six/acceptance");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(303);
        assertThat(agreement("desk-six").get("state").asString()).isEqualTo("ACCEPTED");
    }

    @Test
    void theOtherSideCountersFromTheFormFilledWithTheTextOnTheTable() {
        proposedAndRelayed("desk-seven");
        String form = ru.get("/desk/agreements/desk-seven/counter").body();
        assertThat(form).contains("name=\"first-gives\" value=\"5\"");
        Map<String, List<String>> fields = Negotiator.fiveForFive("desk-seven");
        fields.put("second-gives", List.of("3"));
        HttpResponse<String> review = ru.post("/desk/agreements/desk-seven/counter/draft", fields);
        assertThat(review.body()).contains("second-gives 3");
        HttpResponse<String> r = ru.sign(review.body(), "/desk/agreements/desk-seven/counter", Documents.RU_KEY);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(303);
        JsonNode a = agreement("desk-seven");
        assertThat(a.get("state").asString()).isEqualTo("COUNTERED");
        assertThat(a.get("text").asString()).contains("second-gives 3");
    }

    @Test
    void theProposerIsNotOfferedToAcceptItsOwnText() {
        proposedAndRelayed("desk-eight");
        assertThat(ua.get("/desk/agreements/desk-eight").body()).doesNotContain("/desk/agreements/desk-eight/acceptance");
    }

    @Test
    void neitherTheMediatorNorAnObserverMayPropose() {
        assertThat(new Negotiator(running, MEDIATOR_DESK).get("/desk/proposals").statusCode()).isEqualTo(403);
        assertThat(new Negotiator(running, OBSERVER_DESK).post("/desk/proposals", Negotiator.fiveForFive("desk-nine"))
                .statusCode()).isEqualTo(403);
    }

    private static void proposedAndRelayed(String id) {
        Negotiator.proposedAndRelayed(running, id);
    }

    private static JsonNode agreement(String id) {
        return Negotiator.agreement(running, id);
    }
}
