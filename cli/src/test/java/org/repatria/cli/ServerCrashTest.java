package org.repatria.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

/**
 * Kill -9 the server while clients write: after a restart every list the server acknowledged (201) is
 * there with all its rows, and no list anywhere is half-written. On the embedded default and on PostgreSQL.
 */
class ServerCrashTest {
    private static final long SEED = 0x5EEDC0DEL;
    private static final int WRITERS = 3;
    private static final int ROWS = 40;

    @RegisterExtension
    final CrashFixture crash = new CrashFixture();

    @EveryEngine
    void everyAcknowledgedListSurvivesAKillAndNoneIsHalfWritten(String engine) throws Exception {
        crash.on(engine);
        SplittableRandom random = new SplittableRandom(SEED);
        long killAfterMillis = 800 + random.nextInt(1_500);
        System.out.printf("crash test (%s): seed %d, kill %d ms after the first acknowledgement%n", engine, SEED, killAfterMillis);

        Map<String, String> acknowledged = new ConcurrentHashMap<>(); // list id -> title
        try (ChildServer server = crash.startDemo()) {
            ApiClient desk = crash.signIn(server, "ua.desk");
            KillDuringWrites.run(server, WRITERS, killAfterMillis, (w, n) -> desk.send("POST", "api/v1/lists",
                    listJson("crash " + w + "-" + n)), r -> {
                        JsonNode reply = ApiClient.json().readTree(r.body());
                        acknowledged.put(reply.get("id").asString(), reply.get("title").asString());
                    });
        }
        assertThat(acknowledged).as("writes acknowledged before the kill").isNotEmpty();

        try (ChildServer again = crash.startDemo()) {
            ApiClient mediator = crash.signIn(again, "tr.mediator");
            for (var ack : acknowledged.entrySet()) {
                JsonNode header = mediator.getJson("api/v1/lists/" + ack.getKey());
                assertThat(header.get("title").asString()).isEqualTo(ack.getValue());
                assertThat(header.get("row_count").asInt()).as("rows of %s", ack.getValue()).isEqualTo(ROWS);
            }
            for (JsonNode h : mediator.getJson("api/v1/lists")) {
                JsonNode rows = mediator.getJson("api/v1/lists/" + h.get("id").asString() + "/rows?limit=1");
                assertThat(rows.get("total").asInt()).as("stored rows of list '%s'", h.get("title").asString())
                        .isEqualTo(h.get("row_count").asInt());
            }
        }
        System.out.printf("crash test (%s): %d acknowledged lists all present and whole after kill -9%n",
                engine, acknowledged.size());
    }

    private static String listJson(String title) {
        var list = ApiClient.json().createObjectNode().put("title", title).put("purpose", "holding")
                .put("category", "pow").put("author", "ua");
        var rows = list.putArray("rows");
        for (int i = 0; i < ROWS; i++) {
            rows.addObject().put("id", "R" + i).put("surname", "Коваленко").put("given_name", "Петро")
                    .put("patronymic", "Іванович").put("sex", "male").put("birth_date", "1990-01-" + (10 + i % 18))
                    .put("military_id", "AA" + (100_000 + i)).put("unit", "в/ч А0000").put("category", "pow");
        }
        return list.toString();
    }
}
