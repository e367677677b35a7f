package org.repatria.server.person;

import static org.assertj.core.api.Assertions.assertThat;
import static org.repatria.server.Fixture.Who.MEDIATOR_DESK;

import java.time.Duration;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.repatria.server.Client;
import org.repatria.server.RunningServer;
import tools.jackson.databind.JsonNode;

/** A reviewer's verdict on a match run's pair reaches the person index: a rejected pair splits the person. */
class MatchVerdictsTest {
    @RegisterExtension
    static final RunningServer running = new RunningServer(3);

    @Test
    void aRejectedPairOfAMatchRunSplitsThePerson() {
        PersonLists lists = new PersonLists(running);
        Client mediator = running.api(MEDIATOR_DESK);
        assertThat(PersonSearchApiTest.rows(first(mediator))).contains("u1", "r1");
        String run = Client.json(mediator.postJson("/api/v1/matches", "{\"left_list\":\"" + lists.ua + "\",\"right_list\":\""
                + lists.ru + "\"}")).get("id").asString();
        long end = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while ("running".equals(Client.json(mediator.get("/api/v1/matches/" + run)).get("state").asString())) {
            assertThat(System.nanoTime()).as("the run ends within a minute").isLessThan(end);
            LockSupport.parkNanos(20_000_000);
        }
        JsonNode pair = Client.json(mediator.get("/api/v1/matches/" + run + "/links")).valueStream()
                .filter(l -> l.get("left_row").asString().equals("u1") && l.get("right_row").asString().equals("r1"))
                .findFirst().orElseThrow();

        var verdict = mediator.postJson("/api/v1/matches/" + run + "/links/" + pair.get("number").asInt() + "/verdict",
                "{\"verdict\":\"rejected\"}");
        assertThat(verdict.statusCode()).as(verdict.body()).isEqualTo(200);
        assertThat(running.server().persons().settle(Duration.ofSeconds(60))).isTrue();

        assertThat(PersonSearchApiTest.rows(first(mediator)).containsAll(java.util.List.of("u1", "r1"))).isFalse();
    }

    private static JsonNode first(Client c) {
        return Client.json(c.get("/api/v1/persons?q=MI-555001")).get("persons").get(0);
    }
}
