package org.repatria.server.linkage;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.repatria.server.Client;
import org.repatria.server.Fixture.Who;
import org.repatria.server.RunningServer;

/** Bad requests to the match API get a 4xx naming the field, never a 5xx, and start nothing. */
class BadMatchInputTest {
    private static final String RUNS = LinkageApiTest.RUNS;

    @RegisterExtension
    static final RunningServer running = new RunningServer(5);

    private HttpResponse<String> start(String body) {
        return running.api(Who.A_DESK).postJson(RUNS, body);
    }

    @Test
    void aMissingListIsNamedAndNothingStarts() {
        int before = Client.json(running.api(Who.A_DESK).get(RUNS)).size();

        HttpResponse<String> r = start("{\"left_list\":\"" + running.world().aPrisoners + "\"}");

        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("right_list");
        assertThat(Client.json(running.api(Who.A_DESK).get(RUNS))).hasSize(before);
    }

    @Test
    void aListIsNotMatchedWithItself() {
        String id = running.world().aPrisoners.toString();

        HttpResponse<String> r = start("{\"left_list\":\"" + id + "\",\"right_list\":\"" + id + "\"}");

        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("two different lists");
    }

    @Test
    void malformedIdsAndBodiesAreRefusedAs400() {
        assertThat(start("{\"left_list\":\"nope\",\"right_list\":\"nope\"}").statusCode()).isEqualTo(400);
        assertThat(start("[1,2]").statusCode()).isEqualTo(400);
        assertThat(start("{\"left_list\":1,\"surprise\":true}").statusCode()).isEqualTo(400);
        assertThat(start("").statusCode()).isEqualTo(400);
    }

    @Test
    void anUnknownRunIs404AndABadStatusOrVerdictIs400() {
        Client desk = running.api(Who.A_DESK);
        String id = LinkageApiTest.finishedRun(desk, running.world().aPrisoners, running.world().aRemains);

        assertThat(desk.get(RUNS + "/no-such-run").statusCode()).isEqualTo(404);
        assertThat(desk.get(RUNS + "/" + id + "/links?status=maybe").statusCode()).isEqualTo(400);
        assertThat(desk.postJson(RUNS + "/" + id + "/links/0/verdict", "{\"verdict\":\"perhaps\"}").statusCode()).isEqualTo(400);
        assertThat(desk.postJson(RUNS + "/" + id + "/links/x/verdict", "{\"verdict\":\"confirmed\"}").statusCode()).isEqualTo(400);
        assertThat(desk.postJson(RUNS + "/" + id + "/links/99999/verdict", "{\"verdict\":\"confirmed\"}").statusCode())
                .isEqualTo(404);
    }
}
