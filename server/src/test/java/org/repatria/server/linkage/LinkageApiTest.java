package org.repatria.server.linkage;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.repatria.core.list.ListId;
import org.repatria.server.Client;
import org.repatria.server.Fixture.Who;
import org.repatria.server.RunningServer;
import tools.jackson.databind.JsonNode;

/** Matching two lists through the API: the run, its explained pairs, verdicts, and who may see what. */
class LinkageApiTest {
    static final String RUNS = "/api/v1/matches";

    @RegisterExtension
    static final RunningServer running = new RunningServer(5);
    private static MatchFixture.Lists lists;

    @BeforeAll
    static void lists() {
        lists = MatchFixture.add(running.world().store, Instant.parse("2025-06-03T09:00:00Z"));
    }

    /** Starts a run as {@code who} and waits for it to end; its id. */
    static String finishedRun(Client who, ListId l, ListId r) {
        HttpResponse<String> started = who.postJson(RUNS, "{\"left_list\":\"" + l + "\",\"right_list\":\"" + r + "\"}");
        assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
        return awaitDone(who, Client.json(started).get("id").asString());
    }

    /** Waits (at most 30 s) for the run to end; its id. */
    static String awaitDone(Client who, String id) {
        long end = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        String state;
        while ("running".equals(state = Client.json(who.get(RUNS + "/" + id)).get("state").asString())) {
            assertThat(System.nanoTime()).as("run " + id + " ends within 30 s").isLessThan(end);
            LockSupport.parkNanos(20_000_000);
        }
        assertThat(state).isEqualTo("done");
        return id;
    }

    @Test
    void thePeopleOfBothListsAreLinkedAcrossUkrainianAndRussianForms() {
        String id = finishedRun(running.api(Who.A_DESK), lists.left(), lists.right());

        JsonNode links = Client.json(running.api(Who.A_DESK).get(RUNS + "/" + id + "/links"));

        assertThat(links).isNotEmpty();
        JsonNode first = links.get(0);
        assertThat(first.get("left_row").asString()).isEqualTo("u0");
        assertThat(first.get("right_row").asString()).isEqualTo("r0");
        assertThat(first.get("probability").asDouble()).isGreaterThan(0.5);
        assertThat(first.get("explanation").get("contributions")).hasSize(9); // one per match field, address included
        assertThat(first.get("explanation").get("contributions").get(1).get("level").asString()).isEqualTo("equivalent form");
    }

    @Test
    void aConfirmedPairIsReadableAsALinkAndItsVerdictIsFinal() {
        Client desk = running.api(Who.A_DESK);
        String id = finishedRun(desk, lists.left(), lists.right());
        String verdict = RUNS + "/" + id + "/links/0/verdict";

        HttpResponse<String> confirmed = desk.postJson(verdict, "{\"verdict\":\"confirmed\"}");
        HttpResponse<String> again = desk.postJson(verdict, "{\"verdict\":\"rejected\"}");

        assertThat(confirmed.statusCode()).isEqualTo(200);
        assertThat(Client.json(confirmed).get("decided_by").asString()).isEqualTo("a-desk");
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(desk.get(RUNS + "/" + id + "/links?status=confirmed").body()).contains("\"number\":0,");
    }

    @Test
    void aRejectedMatchIsNotALink() {
        Client desk = running.api(Who.A_DESK);
        String id = finishedRun(desk, lists.left(), lists.right());

        desk.postJson(RUNS + "/" + id + "/links/0/verdict", "{\"verdict\":\"rejected\"}");

        assertThat(desk.get(RUNS + "/" + id + "/links?status=confirmed").body()).doesNotContain("\"number\":0,");
        assertThat(desk.get(RUNS + "/" + id + "/links?status=rejected").body()).contains("\"number\":0,");
    }

    @Test
    void aRunIsSeenByItsPartyAndTheMediatorOnly() {
        String id = finishedRun(running.api(Who.A_DESK), lists.left(), lists.right());

        assertThat(running.api(Who.MEDIATOR_DESK).get(RUNS + "/" + id).statusCode()).isEqualTo(200);
        assertThat(running.api(Who.B_DESK).get(RUNS + "/" + id).statusCode()).isEqualTo(404);
        assertThat(running.api(Who.B_DESK).get(RUNS + "/" + id + "/links").statusCode()).isEqualTo(404);
        assertThat(running.api(Who.B_DESK).postJson(RUNS + "/" + id + "/links/0/verdict", "{\"verdict\":\"confirmed\"}")
                .statusCode()).isEqualTo(404);
        assertThat(running.api(Who.B_DESK).get(RUNS).body()).doesNotContain(id);
        assertThat(running.api(Who.OBSERVER_DESK).get(RUNS + "/" + id).statusCode()).isEqualTo(403);
    }

    @Test
    void aListTheCallerMayNotReadCannotBeMatchedAndIsNotDisclosed() {
        var world = running.world();
        HttpResponse<String> r = running.api(Who.A_DESK).postJson(RUNS,
                "{\"left_list\":\"" + world.aPrisoners + "\",\"right_list\":\"" + world.bPrisoners + "\"}");

        assertThat(r.statusCode()).isEqualTo(404);
        assertThat(r.body()).contains("no list " + world.bPrisoners + " that you may read");
    }
}
