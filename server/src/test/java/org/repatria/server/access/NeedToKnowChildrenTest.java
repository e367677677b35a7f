package org.repatria.server.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.repatria.server.Fixture.Who.A_DESK;
import static org.repatria.server.Fixture.Who.MEDIATOR_DESK;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.repatria.server.Client;
import org.repatria.server.Fixture.Who;
import org.repatria.server.RunningServer;

/**
 * Children's records are need to know (issue 13, item 7; docs/decisions/0147): every route that reads a children's
 * list's persons refuses every caller that does not work children's cases, and records each allowed read once.
 */
class NeedToKnowChildrenTest {
    @RegisterExtension
    static final RunningServer running = new RunningServer(10);
    private static final List<String> READS = List.of("/api/v1/lists/{id}/rows", "/api/v1/lists/{id}/document/content",
            "/api/v1/documents/{envelope}/content", "/desk/lists/{id}/export/csv", "/desk/lists/{id}/export/xlsx",
            "/desk/lists/{id}/export/pdf");
    private static String children;
    private static String envelope;

    @BeforeAll
    static void aRelayedChildrensListAndTheAccountsThatWorkChildrensCases() {
        ChildWorkers.add(running);
        children = ChildWorkers.relayedChildren(running, "Депортовані діти");
        envelope = Client.json(running.api(A_DESK).get("/api/v1/lists/" + children + "/document"))
                .get("envelope_id").asString();
    }

    static Stream<Arguments> refusedCallersOnEveryRead() {
        return READS.stream().flatMap(path -> Stream.of(Who.A_DESK, Who.B_DESK, Who.OBSERVER_DESK, Who.A_IDENTIFICATION)
                .map(who -> Arguments.of(who, path)));
    }

    static Stream<Arguments> allowedCallersOnEveryRead() {
        return READS.stream().flatMap(path -> Stream.of(ChildWorkers.UA_CHILDREN, ChildWorkers.RU_CHILDREN, "mediator-desk")
                .map(who -> Arguments.of(who, path)));
    }

    private static String path(String template) {
        return template.replace("{id}", children).replace("{envelope}", envelope);
    }

    @ParameterizedTest(name = "{0} on {1}")
    @MethodSource("refusedCallersOnEveryRead")
    void aCallerThatDoesNotWorkChildrensCasesIsRefusedAndNothingIsRecorded(Who who, String template) {
        Client c = template.startsWith("/desk") ? running.desk(who) : running.api(who);
        int before = ChildWorkers.reads(running, children);

        HttpResponse<String> r = c.get(path(template));

        assertThat(r.statusCode()).as(r.body()).isIn(403, 404);
        assertThat(r.body()).doesNotContain("Іваненко").doesNotContain("Петренко");
        assertThat(ChildWorkers.reads(running, children)).isEqualTo(before);
    }

    @ParameterizedTest(name = "{0} on {1}")
    @MethodSource("allowedCallersOnEveryRead")
    void eachAllowedReadIsRecordedExactlyOnce(String username, String template) {
        Client c = template.startsWith("/desk") ? ChildWorkers.desk(running, username) : ChildWorkers.api(running, username);
        int before = ChildWorkers.reads(running, children);

        HttpResponse<String> r = c.get(path(template));

        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        assertThat(ChildWorkers.reads(running, children)).isEqualTo(before + 1);
    }

    @Test
    void aPartysOtherAccountRefusedOnTheApiIsToldWhyInItsCode() {
        HttpResponse<String> r = running.api(A_DESK).get("/api/v1/lists/" + children + "/rows");

        assertThat(r.statusCode()).isEqualTo(403);
        assertThat(Client.json(r).get("error").asString()).isEqualTo("children_only");
    }

    @Test
    void aPartysOtherAccountSeesTheCountOnTheDeskNotTheChildren() {
        int before = ChildWorkers.reads(running, children);

        HttpResponse<String> page = running.desk(A_DESK).get("/desk/lists/" + children);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).doesNotContain("Іваненко").contains("only to the accounts that work children");
        assertThat(ChildWorkers.reads(running, children)).isEqualTo(before);
    }

    @Test
    void aChildWorkerSeesTheChildrenOnTheDeskAndTheReadIsRecordedOnce() {
        int before = ChildWorkers.reads(running, children);

        HttpResponse<String> page = ChildWorkers.desk(running, ChildWorkers.UA_CHILDREN).get("/desk/lists/" + children);

        assertThat(page.body()).contains("Іваненко");
        assertThat(ChildWorkers.reads(running, children)).isEqualTo(before + 1);
    }

    @Test
    void aMatchRunOverAChildrensListIsRefusedToThePartysOtherAccounts() {
        String body = "{\"left_list\":\"" + children + "\",\"right_list\":\"" + running.world().aPrisoners + "\"}";

        HttpResponse<String> r = running.api(A_DESK).postJson("/api/v1/matches", body);

        assertThat(r.statusCode()).as(r.body()).isEqualTo(403);
    }

    @Test
    void aMatchRunsPairsOverAChildrensListAreReadByChildWorkersAndRecordedOnce() {
        String body = "{\"left_list\":\"" + children + "\",\"right_list\":\"" + running.world().aPrisoners + "\"}";
        HttpResponse<String> started = ChildWorkers.api(running, ChildWorkers.UA_CHILDREN).postJson("/api/v1/matches", body);
        assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
        String run = Client.json(started).get("id").asString();
        int before = ChildWorkers.reads(running, children);

        HttpResponse<String> refused = running.api(A_DESK).get("/api/v1/matches/" + run + "/links");
        HttpResponse<String> read = ChildWorkers.api(running, ChildWorkers.UA_CHILDREN).get("/api/v1/matches/" + run + "/links");

        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(ChildWorkers.reads(running, children)).isEqualTo(before + 1);
    }

    @Test
    void theMediatorReadsWhatPassesThroughIt() {
        HttpResponse<String> r = running.api(MEDIATOR_DESK).get("/api/v1/lists/" + children + "/rows");

        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("Іваненко");
    }
}
