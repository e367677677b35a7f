package org.repatria.server.desk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.repatria.server.Fixture.Who.A_DESK;
import static org.repatria.server.Fixture.Who.B_DESK;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.repatria.core.account.Account;
import org.repatria.core.account.Role;
import org.repatria.server.Callers;
import org.repatria.server.Client;
import org.repatria.server.Fixture;
import org.repatria.server.RunningServer;
import org.repatria.server.Seeding;
import org.repatria.server.exchange.ThreeBodies;
import tools.jackson.databind.JsonNode;

/** The chain of custody of received remains on the desk: ru, which received three bodies from ua, keeps it. */
class CustodyDeskTest {
    private static final String ID = "bodies-desk";
    private static final String CUSTODY = "/desk/agreements/" + ID + "/custody/";

    @RegisterExtension
    static final RunningServer running = new RunningServer(5);
    private final Negotiator ru = new Negotiator(running, B_DESK);

    @BeforeAll
    static void threeBodiesReceived() {
        ThreeBodies.received(running, ID);
        Seeding.addAccount(running.world().store, new Account("b-identification", "ru DNA", Fixture.B, Role.IDENTIFICATION),
                Fixture.PASSWORD.toCharArray());
    }

    @Test
    void theReceivingSidesTranchePageLinksEachReceivedBodysChain() {
        String page = ru.get("/desk/agreements/" + ID + "/tranches/1").body();
        assertThat(page).contains("href=\"" + CUSTODY + "1\"").contains("href=\"" + CUSTODY + "3\"");
        assertThat(new Negotiator(running, A_DESK).get("/desk/agreements/" + ID + "/tranches/1").body())
                .doesNotContain(CUSTODY);
    }

    @Test
    void theChainStartsWithTheCrossingAndTheReceiptAndTakesAStoredStep() {
        HttpResponse<String> r = ru.post(CUSTODY + "1", Map.of("kind", List.of("STORED"), "where", List.of("Kyiv morgue"),
                "note", List.of("fridge 4")));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(303);
        String page = ru.get(CUSTODY + "1?lang=en").body();
        assertThat(page).contains("handed over").contains("received").contains("stored").contains("Kyiv morgue");
        assertThat(kinds("1")).containsExactly("HANDED_OVER", "RECEIVED", "STORED");
    }

    @Test
    void theIdentificationUnitIdentifiesABodyAsOneOfTheReceivedPersonsChosenFromAList() {
        String person = running.world().aRemains + "/2";
        Client unit = Callers.desk(running.port(), "b-identification");
        assertThat(unit.get(CUSTODY + "2").body()).contains("value=\"" + person + "\"");
        HttpResponse<String> r = unit.post(CUSTODY + "2", "kind=IDENTIFIED&where=lab&identified="
                + URLEncoder.encode(person, StandardCharsets.UTF_8), Negotiator.FORM);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(303);
        assertThat(ru.get(CUSTODY + "2").body()).contains("id=\"identified\"").doesNotContain("id=\"mislabelled\"");
        assertThat(kinds("2")).endsWith("IDENTIFIED");
    }

    @Test
    void thePartyDeskIsNotOfferedAnIdentificationWhichIsTheUnitsStep() {
        assertThat(ru.get(CUSTODY + "1").body()).doesNotContain("value=\"IDENTIFIED\"").doesNotContain("name=\"identified\"");
    }

    @Test
    void aStepThatCannotFollowTheLastIsRefusedInPlaceWithTheReasonAndNothingIsAdded() {
        assertThat(ru.post(CUSTODY + "3", Map.of("kind", List.of("RETURNED"))).statusCode()).isEqualTo(303);
        HttpResponse<String> r = ru.post(CUSTODY + "3", Map.of("kind", List.of("STORED")));
        assertThat(r.statusCode()).isEqualTo(409);
        assertThat(r.body()).contains("id=\"refusal\"").contains("cannot follow RETURNED");
        assertThat(kinds("3")).endsWith("RETURNED");
    }

    @Test
    void theHandingSideReadsTheChainButIsOfferedNoStep() {
        String page = new Negotiator(running, A_DESK).get(CUSTODY + "1").body();
        assertThat(page).contains("id=\"custody-steps\"").doesNotContain("id=\"custody-form\"");
    }

    @Test
    void theHandingSideCannotAddToTheReceiversChain() {
        HttpResponse<String> r = new Negotiator(running, A_DESK).post(CUSTODY + "1", Map.of("kind", List.of("STORED")));
        assertThat(r.statusCode()).isEqualTo(403);
    }

    private static List<String> kinds(String tag) {
        JsonNode chain = Client.json(running.api(B_DESK).get("/api/v1/agreements/" + ID + "/custody/" + tag));
        List<String> out = new ArrayList<>();
        chain.get("steps").forEach(s -> out.add(s.get("kind").asString()));
        return out;
    }
}
