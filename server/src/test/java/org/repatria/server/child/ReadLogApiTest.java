package org.repatria.server.child;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.repatria.server.Client;
import org.repatria.server.Fixture.Who;
import org.repatria.server.RunningServer;
import org.repatria.server.access.ChildWorkers;
import tools.jackson.databind.JsonNode;

/** The record of reads of children's records: supervisors only, each sees its own party's share; CSV export. */
class ReadLogApiTest {
    @RegisterExtension
    static final RunningServer running = new RunningServer(5);
    private static String children;

    @BeforeAll
    static void aChildWorkerOfEachSideAndTheMediatorReadTheChildren() {
        ChildWorkers.add(running);
        children = ChildWorkers.relayedChildren(running, "Депортовані діти");
        for (String who : new String[] {ChildWorkers.UA_CHILDREN, ChildWorkers.RU_CHILDREN}) {
            assertThat(ChildWorkers.api(running, who).get("/api/v1/lists/" + children + "/rows").statusCode()).isEqualTo(200);
        }
        assertThat(running.api(Who.MEDIATOR_DESK).get("/api/v1/lists/" + children + "/rows").statusCode()).isEqualTo(200);
    }

    private static JsonNode log(String supervisor, String query) {
        HttpResponse<String> r = ChildWorkers.api(running, supervisor).get("/api/v1/access-log?subject=child" + query);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return Client.json(r);
    }

    @Test
    void theMediatorsSupervisorSeesEveryRead() {
        JsonNode page = log(ChildWorkers.TR_SUPERVISOR, "");

        assertThat(page.get("total").asInt()).isEqualTo(3);
        assertThat(page.get("rows").get(0).get("what").asString()).isEqualTo("rows");
    }

    @Test
    void theRequestingSidesSupervisorSeesEveryReadOfItsChildren() {
        JsonNode page = log(ChildWorkers.UA_SUPERVISOR, "&list=" + children);

        assertThat(page.get("total").asInt()).isEqualTo(3);
    }

    @Test
    void theOtherSidesSupervisorSeesOnlyItsOwnAccountsReads() {
        JsonNode page = log(ChildWorkers.RU_SUPERVISOR, "");

        assertThat(page.get("total").asInt()).isEqualTo(1);
        assertThat(page.get("rows").get(0).get("username").asString()).isEqualTo(ChildWorkers.RU_CHILDREN);
        assertThat(page.get("rows").get(0).get("party").asString()).isEqualTo("ru");
        assertThat(page.get("rows").get(0).get("role").asString()).isEqualTo("party_desk");
    }

    @Test
    void aFilterByReaderNarrowsThePage() {
        JsonNode page = log(ChildWorkers.TR_SUPERVISOR, "&username=" + ChildWorkers.UA_CHILDREN);

        assertThat(page.get("total").asInt()).isEqualTo(1);
    }

    @Test
    void anAccountThatDoesNotSuperviseIsRefused() {
        List<HttpResponse<String>> refused = List.of(running.api(Who.A_DESK).get("/api/v1/access-log?subject=child"),
                ChildWorkers.api(running, ChildWorkers.UA_CHILDREN).get("/api/v1/access-log?subject=child"),
                running.api(Who.MEDIATOR_DESK).get("/api/v1/access-log/export"));
        for (HttpResponse<String> r : refused) {
            assertThat(r.statusCode()).isEqualTo(403);
            assertThat(Client.json(r).get("error").asString()).isEqualTo("supervisors_only");
        }
    }

    @Test
    void anUnknownSubjectIsABadRequest() {
        HttpResponse<String> r = ChildWorkers.api(running, ChildWorkers.TR_SUPERVISOR).get("/api/v1/access-log?subject=pow");

        assertThat(r.statusCode()).isEqualTo(400);
    }

    @Test
    void theExportIsCsvOfTheSameReads() {
        HttpResponse<String> r = ChildWorkers.api(running, ChildWorkers.UA_SUPERVISOR).get("/api/v1/access-log/export?subject=child");

        assertThat(r.statusCode()).isEqualTo(200);
        String[] lines = r.body().split("\r\n");
        assertThat(lines[0]).isEqualTo("at,username,party,role,list_id,list_author,row_id,what");
        assertThat(lines).hasSize(4);
    }
}
