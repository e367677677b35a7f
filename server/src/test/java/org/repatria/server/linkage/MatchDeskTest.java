package org.repatria.server.linkage;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Instant;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.repatria.server.Callers;
import org.repatria.server.Client;
import org.repatria.server.Fixture.Who;
import org.repatria.server.RunningServer;

/** The match desk in a browser's shoes: start by form, follow the run, confirm a pair from the queue. */
class MatchDeskTest {
    private static final String FORM = "application/x-www-form-urlencoded";

    @RegisterExtension
    static final RunningServer running = new RunningServer(5);
    private static MatchFixture.Lists lists;

    @BeforeAll
    static void lists() {
        lists = MatchFixture.add(running.world().store, Instant.parse("2025-06-03T09:00:00Z"));
    }

    @Test
    void aRunStartedByFormShowsBothRowsAndTheExplanationAndTakesAVerdict() {
        Client desk = running.desk(Who.A_DESK);
        String csrf = Callers.csrf(desk.get("/desk/matches").body());

        HttpResponse<String> started = desk.post("/desk/matches",
                "_csrf=" + csrf + "&left_list=" + lists.left() + "&right_list=" + lists.right(), FORM);
        assertThat(started.statusCode()).isEqualTo(303);
        String run = started.headers().firstValue("Location").orElseThrow();
        String id = run.substring(run.lastIndexOf('/') + 1);
        LinkageApiTest.awaitDone(running.api(Who.A_DESK), id);
        String page = desk.get(run + "?matches=1").body();
        assertThat(page).contains("id=\"link-0\"").contains("Ковальчук Олександр Миколайович")
                .contains("Ковальчук Александр Николаевич").contains("equivalent form").contains("<rect");

        HttpResponse<String> confirmed = desk.post(run + "/links/0", "_csrf=" + csrf + "&verdict=confirmed&matches=1", FORM);

        assertThat(confirmed.statusCode()).isEqualTo(303);
        assertThat(desk.get(run + "?matches=1").body()).doesNotContain("id=\"link-0\"");
        assertThat(running.desk(Who.B_DESK).get(run).statusCode()).isEqualTo(404);
    }

    @Test
    void aListTheCallerMayNotReadIsRefusedOnTheForm() {
        Client desk = running.desk(Who.A_DESK);
        String csrf = Callers.csrf(desk.get("/desk/matches").body());

        HttpResponse<String> r = desk.post("/desk/matches", "_csrf=" + csrf + "&left_list=" + lists.left() + "&right_list="
                + running.world().bPrisoners, FORM);

        assertThat(r.statusCode()).isEqualTo(404);
        assertThat(r.body()).contains("id=\"start-error\"");
    }
}
