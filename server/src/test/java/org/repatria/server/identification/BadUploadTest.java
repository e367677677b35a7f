package org.repatria.server.identification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.repatria.server.Callers;
import org.repatria.server.Client;
import org.repatria.server.Fixture.Who;
import org.repatria.server.RunningServer;
import tools.jackson.databind.JsonNode;

/** Bad case uploads and requests: a 400 naming the file, row and field, never a 5xx, and nothing stored. */
class BadUploadTest {
    private static final String CASES = "/api/v1/identification/cases";

    @RegisterExtension
    static final RunningServer running = new RunningServer(5);

    @Test
    void aMarkerUnknownToTheFrequencyTableIsNamedWithItsFileAndRow() {
        Map<String, String> files = new LinkedHashMap<>(CaseFixture.files("example2"));
        files.put("profiles", files.get("profiles") + "V3,L9,1,2\n");

        JsonNode error = refused(files, "profiles");

        assertThat(error.get("message").asString()).startsWith("profiles.csv: row 7");
    }

    @Test
    void aPedigreeWithTwoFathersIsRefused() {
        Map<String, String> files = new LinkedHashMap<>(CaseFixture.files("example2"));
        files.put("pedigrees", files.get("pedigrees") + "F1,M2,,,1,,1\n");

        assertThat(refused(files, "pedigrees").get("message").asString()).contains("M2");
    }

    @Test
    void aMissingFileIsNamed() {
        Map<String, String> files = new LinkedHashMap<>(CaseFixture.files("example2"));
        files.remove("remains");

        assertThat(refused(files, "remains").get("message").asString()).contains("missing or empty");
    }

    @Test
    void aProfileOfASampleNoFileNamesIsRefused() {
        Map<String, String> files = new LinkedHashMap<>(CaseFixture.files("example2"));
        files.put("profiles", files.get("profiles") + "X9,L1,1,2\n");

        assertThat(refused(files, "profiles").get("message").asString()).contains("X9");
    }

    @Test
    void bodiesThatAreNotACaseAreRefusedWithoutA5xx() {
        Client unit = running.api(Who.A_IDENTIFICATION);
        int before = Client.json(unit.get(CASES)).size();
        for (String body : new String[] {"", "null", "[]", "{\"title\":1}", "{\"unknown\":\"x\"}", "not json"}) {
            var r = unit.postJson(CASES, body);
            assertThat(r.statusCode()).as(body).isEqualTo(400);
        }
        assertThat(Client.json(unit.get(CASES))).hasSize(before);
    }

    @Test
    void badSearchAndCandidateRequestsAreRefusedWithoutA5xx() {
        Client unit = running.api(Who.A_IDENTIFICATION);
        String id = CaseFixture.searched(unit, "example2", 0.0);

        assertThat(unit.postJson(CASES + "/" + id + "/search", "{\"min_log10_lr\":\"high\"}").statusCode()).isEqualTo(400);
        assertThat(unit.postJson(CASES + "/" + id + "/search", "{\"min_log10_lr\":1e308}").statusCode()).isEqualTo(400);
        assertThat(unit.get(CASES + "/" + id + "/candidate?remains=V2").statusCode()).isEqualTo(400);
        assertThat(unit.get(CASES + "/" + id + "/candidate?remains=NOPE&family=F1&missing=M2").statusCode()).isEqualTo(400);
        assertThat(unit.postJson(CASES + "/" + id + "/decisions", "{\"remains\":\"V2\",\"family\":\"F1\",\"missing\":\"M2\","
                + "\"decision\":\"maybe\"}").statusCode()).isEqualTo(400);
        assertThat(unit.get(CASES + "/not-a-case").statusCode()).isEqualTo(404);
    }

    @Test
    void aBadDeskUploadShowsTheRowAtFaultOnTheForm() {
        Client desk = running.desk(Who.A_IDENTIFICATION);
        Map<String, String> files = new LinkedHashMap<>(CaseFixture.files("example2"));
        files.put("frequencies", files.get("frequencies") + "L1,11,zero\n");
        Multipart form = new Multipart().field("_csrf", Callers.csrf(desk.get("/desk/identification").body()))
                .field("title", "Вагон 3");
        files.forEach(form::file);

        var r = desk.post("/desk/identification/cases", form.body(), form.contentType());

        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("frequencies.csv: row 12, frequency").contains("Вагон 3");
    }

    private static JsonNode refused(Map<String, String> files, String field) {
        Client unit = running.api(Who.A_IDENTIFICATION);
        int before = Client.json(unit.get(CASES)).size();
        var r = unit.postJson(CASES, CaseFixture.upload("bad", files));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(400);
        JsonNode error = Client.json(r);
        assertThat(error.get("field").asString()).isEqualTo(field);
        assertThat(Client.json(unit.get(CASES))).hasSize(before);
        return error;
    }
}
