package org.repatria.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.repatria.server.Client;
import org.repatria.server.Fixture;
import org.repatria.server.Fixture.Who;
import org.repatria.server.RunningServer;
import org.repatria.server.TestClock;
import org.repatria.server.document.Documents;

/**
 * Issue 15, item 1: the same bytes imported twice within one second with {@code sign=server-held} make the same envelope,
 * so the second signature is a replay; the list and its signature are one unit, so the refused import stores nothing.
 */
class ReplayedImportTest {
    private static final TestClock CLOCK = new TestClock(Instant.now());

    @RegisterExtension
    static final RunningServer running = new RunningServer(5, c -> c.withClock(CLOCK));

    @BeforeAll
    static void keys() {
        Documents.enableServerHeldKey(running, Fixture.B);
    }

    @Test
    void sameBytesImportedTwiceInOneSecondWithTheServerHeldKeyThenTheReplayStoresNoList() {
        byte[] file = ("id,surname,given_name,birth_date,category\n1,Мельник,Іван,1990,POW\n").getBytes(StandardCharsets.UTF_8);
        assertThat(importAs(file).statusCode()).isEqualTo(201);
        int before = lists();
        HttpResponse<String> again = importAs(file);
        assertThat(again.statusCode()).as(again.body()).isEqualTo(409);
        assertThat(Client.json(again).get("error").asString()).isEqualTo("replayed_step");
        assertThat(again.body()).contains("nothing was stored");
        assertThat(lists()).isEqualTo(before);
    }

    @Test
    void sameBytesImportedTwiceInOneSecondWithTheServerHeldKeyThenEveryStoredListIsSigned() {
        byte[] file = ("id,surname,given_name,birth_date,category\n1,Ткаченко,Петро,1991,POW\n").getBytes(StandardCharsets.UTF_8);
        importAs(file);
        importAs(file);
        for (var list : Client.json(running.api(Who.B_DESK).get("/api/v1/lists"))) {
            if (list.get("title").asString().equals("twice")) {
                String id = list.get("id").asString();
                assertThat(Client.json(running.api(Who.B_DESK).get("/api/v1/lists/" + id + "/document")).get("status").asString())
                        .as(id).isEqualTo("signed");
            }
        }
    }

    private static int lists() {
        return Client.json(running.api(Who.B_DESK).get("/api/v1/lists")).size();
    }

    private static HttpResponse<String> importAs(byte[] file) {
        Client client = running.api(Who.B_DESK);
        return client.send(client.request("/api/v1/lists/import?title=twice&purpose=holding&sign=server-held")
                .header("Content-Type", "text/csv").POST(HttpRequest.BodyPublishers.ofByteArray(file)));
    }
}
