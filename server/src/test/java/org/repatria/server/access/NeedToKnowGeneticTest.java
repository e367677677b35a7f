package org.repatria.server.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.repatria.server.Fixture.Who.A_DESK;
import static org.repatria.server.Fixture.Who.A_IDENTIFICATION;
import static org.repatria.server.Fixture.Who.B_DESK;
import static org.repatria.server.Fixture.Who.MEDIATOR_DESK;
import static org.repatria.server.Fixture.Who.OBSERVER_DESK;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.repatria.server.Client;
import org.repatria.server.Fixture;
import org.repatria.server.RunningServer;
import org.repatria.server.identification.CaseFixture;

/**
 * Need to know for genetic data (DNA cases, candidates, decisions) and for match runs, attacked by the counterparty's
 * identification unit and desk, by a third party, and by roles that never see genetic data.
 */
class NeedToKnowGeneticTest {
    private static final String CASES = "/api/v1/identification/cases/";
    private static final String RUNS = "/api/v1/matches/";

    @RegisterExtension
    static final RunningServer running = new RunningServer(30);
    private static String dnaCase;
    private static String run;

    @BeforeAll
    static void aSearchedDnaCaseAndAFinishedMatchRunOfA() {
        ThirdParty.join(running);
        dnaCase = CaseFixture.searched(running.api(A_IDENTIFICATION), "example2", 0.0);
        Client a = running.api(A_DESK);
        HttpResponse<String> started = a.postJson("/api/v1/matches", "{\"left_list\":\"" + running.world().aPrisoners
                + "\",\"right_list\":\"" + running.world().aRemains + "\"}");
        assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
        run = Client.json(started).get("id").asString();
        long end = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (Client.json(a.get(RUNS + run)).get("state").asString().equals("running")) {
            assertThat(System.nanoTime()).as("run ends within 30 s").isLessThan(end);
            LockSupport.parkNanos(20_000_000);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/identification/cases/{id}",
        "/api/v1/identification/cases/{id}/candidate?remains=V2&family=F1&missing=M2", "/desk/identification/cases/{id}",
        "/desk/identification/cases/{id}/candidate?remains=V2&family=F1&missing=M2"})
    void theCounterpartysUnitGuessingADnaCaseIdLearnsNothingAnAbsentIdWouldNotTell(String path) {
        Client b = path.startsWith("/desk") ? ThirdParty.desk(running, ThirdParty.B_UNIT)
                : ThirdParty.api(running, ThirdParty.B_UNIT);
        String absent = UUID.randomUUID().toString();

        Guesses.answerAsAbsent(id -> b.get(path.replace("{id}", id)), dnaCase, absent, 404);
    }

    @Test
    void theCounterpartysUnitCannotDecideOnADnaCaseAndNothingIsStored() {
        Client b = ThirdParty.api(running, ThirdParty.B_UNIT);

        HttpResponse<String> r = b.postJson(CASES + dnaCase + "/decisions",
                "{\"decision\":\"confirmed\",\"remains\":\"V2\",\"family\":\"F1\",\"missing\":\"M2\"}");

        assertThat(r.statusCode()).isEqualTo(404);
        assertThat(Client.json(running.api(A_IDENTIFICATION).get(CASES + dnaCase)).get("decisions")).isEmpty();
    }

    @Test
    void aDecisionNamingTheCounterpartysListIsRefusedAsOneNamingAnAbsentList() {
        Client unit = running.api(A_IDENTIFICATION);
        String hidden = running.world().bPrisoners.toString();
        String absent = UUID.randomUUID().toString();

        Guesses.answerAsAbsent(list -> unit.postJson(CASES + dnaCase + "/decisions", decision(list)), hidden, absent, 400);
        assertThat(Client.json(unit.get(CASES + dnaCase)).get("decisions")).isEmpty();
    }

    private static String decision(String list) {
        return "{\"decision\":\"confirmed\",\"remains\":\"V2\",\"family\":\"F1\",\"missing\":\"M2\","
                + "\"list_id\":\"" + list + "\",\"row_id\":\"1\"}";
    }

    @ParameterizedTest
    @EnumSource(value = Fixture.Who.class, names = {"A_DESK", "B_DESK", "MEDIATOR_DESK", "OBSERVER_DESK"})
    void noRoleButTheOwningUnitReachesADnaCase(Fixture.Who who) {
        Client caller = running.api(who);

        assertThat(caller.get(CASES + dnaCase).statusCode()).isEqualTo(403);
        assertThat(caller.get(CASES + dnaCase + "/candidate?remains=V2&family=F1&missing=M2").statusCode()).isEqualTo(403);
        assertThat(running.desk(who).get("/desk/identification/cases/" + dnaCase).statusCode()).isEqualTo(403);
    }

    @Test
    void aThirdPartysUnitSeesNoCaseOfAnotherParty() {
        Client c = ThirdParty.api(running, ThirdParty.C_UNIT);

        assertThat(c.get("/api/v1/identification/cases").body()).doesNotContain(dnaCase);
        assertThat(c.get(CASES + dnaCase).statusCode()).isEqualTo(404);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/matches/{id}", "/api/v1/matches/{id}/links", "/desk/matches/{id}"})
    void theCounterpartyGuessingAMatchRunIdLearnsNothingAnAbsentIdWouldNotTell(String path) {
        Client b = path.startsWith("/desk") ? running.desk(B_DESK) : running.api(B_DESK);
        String absent = UUID.randomUUID().toString();

        Guesses.answerAsAbsent(id -> b.get(path.replace("{id}", id)), run, absent, 404);
    }

    @Test
    void theCounterpartyCannotGiveAVerdictOnAnotherPartysRunAndNothingChanges() {
        String before = running.api(A_DESK).get(RUNS + run + "/links").body();

        HttpResponse<String> api = running.api(B_DESK).postJson(RUNS + run + "/links/0/verdict", "{\"verdict\":\"rejected\"}");
        HttpResponse<String> desk = running.desk(B_DESK).post("/desk/matches/" + run + "/links/0", "verdict=rejected",
                "application/x-www-form-urlencoded");

        assertThat(api.statusCode()).isEqualTo(404);
        assertThat(desk.statusCode()).isEqualTo(404);
        assertThat(running.api(A_DESK).get(RUNS + run + "/links").body()).isEqualTo(before);
    }

    @Test
    void aRunCannotBeStartedOnAListTheCallerMayNotReadAndNoRunIsStored() {
        int before = running.world().store.runs().all().size();

        HttpResponse<String> r = running.api(B_DESK).postJson("/api/v1/matches", "{\"left_list\":\""
                + running.world().bPrisoners + "\",\"right_list\":\"" + running.world().aPrisoners + "\"}");

        assertThat(r.statusCode()).isEqualTo(404);
        assertThat(running.world().store.runs().all()).hasSize(before);
    }

    @Test
    void theMediatorSeesTheRunAndAnObserverNoRunAtAll() {
        assertThat(running.api(MEDIATOR_DESK).get(RUNS + run).statusCode()).isEqualTo(200);
        assertThat(running.api(OBSERVER_DESK).get(RUNS + run).statusCode()).isEqualTo(403);
        assertThat(running.api(OBSERVER_DESK).get("/api/v1/matches").statusCode()).isEqualTo(403);
    }
}
