package org.repatria.server.desk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.repatria.server.Fixture.Who.A_DESK;
import static org.repatria.server.Fixture.Who.B_DESK;
import static org.repatria.server.Fixture.Who.MEDIATOR_DESK;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.repatria.server.Client;
import org.repatria.server.RunningServer;
import tools.jackson.databind.JsonNode;

/**
 * A side records its handover of a tranche once: after ua recorded tranche 1 (row 1 handed over, row 2 refusing, row 3
 * absent), a second recording by ua, on the desk or through the API, is refused with {@code crossing_recorded} and
 * changes nothing, while ru still records its own direction.
 */
class OneRecordingPerCrossingTest {
    @RegisterExtension
    static final RunningServer running = new RunningServer(10);
    private static TwoTranches x;

    @BeforeAll
    static void uaRecordedTrancheOne() {
        x = TwoTranches.recordedByUa(running, "one-recording");
    }

    @Test
    void aSecondRecordingOnTheDeskIsRefusedInUkrainian() {
        HttpResponse<String> r = x.ua.post(x.tranche(1) + "?lang=uk", Map.of("present", List.of("0", "1", "2")));

        assertThat(r.statusCode()).isEqualTo(409);
        assertThat(r.body()).contains("id=\"refusal\"", "Передачу цього етапу вашою стороною вже записано")
                .doesNotContain("id=\"handover-result\"");
    }

    @Test
    void aSecondRecordingOnTheDeskChangesNothing() {
        String before = x.ua.get(x.tranche(1)).body();
        List<JsonNode> discrepancies = discrepancies();

        x.ua.post(x.tranche(1), Map.of("present", List.of("0", "1", "2")));

        assertThat(CrossingDeskTest.outcomes(x.ua.get(x.tranche(1)).body())).isEqualTo(CrossingDeskTest.outcomes(before));
        assertThat(discrepancies()).isEqualTo(discrepancies);
        assertThat(x.state(running.world().aPrisoners.toString(), "3")).isEqualTo("IN_TRANCHE");
    }

    @Test
    void aSecondRecordingThroughTheApiIsRefusedWithItsCodeAndChangesNothing() {
        List<JsonNode> discrepancies = discrepancies();

        HttpResponse<String> r = running.api(A_DESK).postJson(handover(), presenting("ua", List.of("3")));

        assertThat(r.statusCode()).as(r.body()).isEqualTo(409);
        assertThat(Client.json(r).get("error").asString()).isEqualTo("crossing_recorded");
        assertThat(discrepancies()).isEqualTo(discrepancies);
        assertThat(x.state(running.world().aPrisoners.toString(), "3")).isEqualTo("IN_TRANCHE");
    }

    @Test
    void theOtherSideStillRecordsItsOwnDirection() {
        HttpResponse<String> r = running.api(B_DESK).postJson(handover(), presenting("ru", List.of("1", "2", "3", "4", "5")));

        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
    }

    private static String handover() {
        return "/api/v1/agreements/" + x.id + "/tranches/1/handover";
    }

    /** A handover from {@code side} presenting its manifest lines of the given rows, each consenting. */
    private static String presenting(String side, List<String> rows) {
        StringBuilder presented = new StringBuilder();
        for (JsonNode line : Client.json(running.api(MEDIATOR_DESK).get("/api/v1/agreements/" + x.id + "/tranches/1"))
                .get("lines")) {
            if (line.get("from").asString().equals(side) && rows.contains(line.get("row").asString())) {
                presented.append(presented.isEmpty() ? "" : ",").append("{\"service_number\":\"")
                        .append(line.get("service_number").asString()).append("\",\"name\":\"")
                        .append(line.get("name").asString()).append("\",\"interview\":\"consents\"}");
            }
        }
        return "{\"from\":\"" + side + "\",\"presented\":[" + presented + "]}";
    }

    /** Every discrepancy of the agreement, as the mediator's API shows it. */
    private static List<JsonNode> discrepancies() {
        List<JsonNode> out = new ArrayList<>();
        Client.json(running.api(MEDIATOR_DESK).get("/api/v1/agreements/" + x.id + "/discrepancies")).forEach(out::add);
        return out;
    }
}
