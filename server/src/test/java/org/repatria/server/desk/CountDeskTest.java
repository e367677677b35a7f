package org.repatria.server.desk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.repatria.server.Fixture.Who.A_DESK;
import static org.repatria.server.Fixture.Who.B_DESK;
import static org.repatria.server.Fixture.Who.MEDIATOR_DESK;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.repatria.server.RunningServer;
import org.repatria.server.exchange.ThreeBodies;

/**
 * Counts of remains on the desk: ru, which received three bodies from ua, reaches the counts from the agreement and
 * tranche pages and states its morgue count on a form (signed with the key the server holds for it).
 */
class CountDeskTest {
    private static final String ID = "bodies-counted-desk";
    private static final String COUNTS = "/desk/agreements/" + ID + "/counts";

    @RegisterExtension
    static final RunningServer running = new RunningServer(5);
    private final Negotiator ru = new Negotiator(running, B_DESK);
    private final Negotiator ua = new Negotiator(running, A_DESK);

    @BeforeAll
    static void threeBodiesReceivedAndServerHeldKeys() {
        ThreeBodies.received(running, ID);
        running.api(MEDIATOR_DESK).postJson("/api/v1/parties/ru/server-held-key", "{}", 201);
        running.api(MEDIATOR_DESK).postJson("/api/v1/parties/ua/server-held-key", "{}", 201);
    }

    private static Map<String, List<String>> count(String stage, String persons, String bags) {
        return Map.of("stage", List.of(stage), "persons", List.of(persons), "bags", List.of(bags), "samples", List.of(""));
    }

    @Test
    void theAgreementAndTranchePagesLinkTheCounts() {
        assertThat(ru.get("/desk/agreements/" + ID).body()).contains("href=\"" + COUNTS + "\"");
        assertThat(ru.get("/desk/agreements/" + ID + "/tranches/1").body()).contains("href=\"" + COUNTS + "#tranche-1\"");
    }

    @Test
    void theReceivingSideStatesItsMorgueCountOnTheFormAndSeesItInTheTotals() {
        String page = ru.get(COUNTS + "?lang=en").body();
        assertThat(page).contains("id=\"count-form-1\"").contains("value=\"morgue\"").doesNotContain("value=\"declared\"");

        HttpResponse<String> r = ru.post("/desk/agreements/" + ID + "/tranches/1/counts", count("morgue", "3", "3"));

        assertThat(r.statusCode()).as(r.body()).isEqualTo(303);
        String after = ru.get(COUNTS + "?lang=uk").body();
        assertThat(after).contains("Прийнято й пораховано в морзі").contains("id=\"totals\"");
        assertThat(running.world().store.exchanges().counts().of(ID)).singleElement()
                .satisfies(c -> assertThat(c.persons()).isEqualTo(3));
    }

    @Test
    void aCountThatIsNotANumberIsRefusedOnThePageNamingTheFieldAndNothingIsStored() {
        int before = running.world().store.exchanges().counts().of(ID).size();
        HttpResponse<String> r = ru.post("/desk/agreements/" + ID + "/tranches/1/counts", count("crossing", "three", "3"));

        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("id=\"refusal\"").contains("data-field=\"persons\"").contains("is not a number");
        assertThat(running.world().store.exchanges().counts().of(ID)).hasSize(before);
    }

    @Test
    void theHandingSideIsOfferedItsDeclaredCountAndToldWhenItIsFixed() {
        assertThat(ua.get(COUNTS).body()).contains("value=\"declared\"").doesNotContain("value=\"morgue\"");
        HttpResponse<String> r = ua.post("/desk/agreements/" + ID + "/tranches/1/counts", count("declared", "3", "3"));

        assertThat(r.statusCode()).isEqualTo(409);
        assertThat(r.body()).contains("id=\"refusal\"").contains("is being signed");
    }
}
