package org.repatria.server.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.repatria.server.Client;
import org.repatria.server.RunningServer;
import org.repatria.server.route.Channel;
import org.repatria.server.route.Route;
import tools.jackson.databind.JsonNode;

class OpenApiTest {
    @RegisterExtension
    static final RunningServer running = new RunningServer(1);
    static JsonNode doc;

    @BeforeAll
    static void read() {
        doc = Client.json(running.anonymous().get("/api/openapi.json"));
    }

    @Test
    void isAnOpenApi31Document() {
        assertThat(doc.get("openapi").asString()).isEqualTo("3.1.0");
        assertThat(doc.get("info").get("title").asString()).isNotBlank();
    }

    @Test
    void documentsEveryApiRouteWithItsRuleAndNoOther() {
        long operations = doc.get("paths").properties().stream().mapToLong(e -> e.getValue().size()).sum();
        assertThat(operations).isEqualTo(running.server().routes().of(Channel.API).size());
        for (Route r : running.server().routes().of(Channel.API)) {
            JsonNode op = doc.get("paths").get(r.path()).get(r.method().name().toLowerCase(Locale.ROOT));
            assertThat(op).as(r.key()).isNotNull();
            assertThat(op.get("summary").asString()).isEqualTo(r.summary());
            assertThat(op.get("x-authorization").asString()).isEqualTo(r.rule().describe());
        }
    }

    @Test
    void describesPathParametersAndRequestBodies() {
        JsonNode rows = doc.get("paths").get("/api/v1/lists/{id}/rows").get("get").get("parameters");
        assertThat(rows.findValuesAsString("name")).contains("id", "q", "sort", "desc", "offset", "limit");
        JsonNode upload = doc.get("paths").get("/api/v1/lists").get("post").get("requestBody").get("content")
                .get("application/json").get("schema");
        assertThat(upload.get("properties").get("rows").get("items").get("properties").has("given_name")).isTrue();
    }

    @Test
    void describesTheRepliesFromTheirRecords() {
        JsonNode rows = doc.get("paths").get("/api/v1/lists/{id}/rows").get("get").get("responses").get("200").get("content")
                .get("application/json").get("schema");
        assertThat(rows.get("properties").get("rows").get("items").get("properties").get("birth_date").get("type").asString())
                .isEqualTo("string");
        JsonNode lists = doc.get("paths").get("/api/v1/lists").get("get").get("responses").get("200").get("content")
                .get("application/json").get("schema");
        assertThat(lists.get("type").asString()).isEqualTo("array");
        assertThat(lists.get("items").get("properties").get("created").get("format").asString()).isEqualTo("date-time");
    }

    @Test
    void publicRoutesNeedNoCredentialsAndOthersDo() {
        assertThat(doc.get("paths").get("/api/health").get("get").get("security").size()).isZero();
        assertThat(doc.get("paths").get("/api/v1/me").get("get").get("security").size()).isEqualTo(2);
    }
}
