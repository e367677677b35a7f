package org.repatria.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.repatria.server.Client;
import org.repatria.server.Fixture.Who;
import org.repatria.server.Fixture;
import org.repatria.server.RunningServer;
import tools.jackson.databind.JsonNode;

/** Whatever a client sends, the answer is a 4xx JSON error naming what is wrong; never a 5xx, never a trace. */
class BadInputTest {
    @RegisterExtension
    static final RunningServer running = new RunningServer(10);
    static Client a;

    @BeforeAll
    static void signIn() {
        a = running.api(Who.A_DESK);
    }

    private static JsonNode refused(HttpResponse<String> r, int status) {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        JsonNode body = Client.json(r);
        assertThat(body.get("error").asString()).isNotBlank();
        assertThat(body.get("message").asString()).isNotBlank().doesNotContain("Exception").doesNotContain("tools.jackson");
        return body;
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "{\"title\":                                                 | ",
            "[]                                                          | ",
            "null                                                        | ",
            "{\"title\":\"t\",\"purpose\":\"holding\",\"category\":\"pow\",\"rows\":\"x\"} | rows",
            "{\"title\":\"t\",\"purpose\":\"holding\",\"category\":\"pow\",\"rows\":[{\"id\":{}}]} | rows[0].id",
            "{\"titel\":\"t\"}                                           | titel",
            "{\"title\":\"t\",\"purpose\":\"holding\",\"category\":\"pow\",\"rows\":[]} | rows",
            "{\"title\":\"t\",\"purpose\":\"sale\",\"category\":\"pow\",\"rows\":[{\"id\":\"1\",\"surname\":\"X\"}]} | purpose",
            "{\"title\":\"\",\"purpose\":\"holding\",\"category\":\"pow\",\"rows\":[{\"id\":\"1\",\"surname\":\"X\"}]} | title",
            "{\"title\":\"t\\u0000\",\"purpose\":\"holding\",\"category\":\"pow\",\"rows\":[{\"id\":\"1\",\"surname\":\"X\"}]} | title",
            "{\"title\":\"t\",\"purpose\":\"holding\",\"category\":\"pow\",\"rows\":[{\"id\":\"1\"}]} | rows[0].surname",
            "{\"title\":\"t\",\"purpose\":\"holding\",\"category\":\"pow\",\"rows\":[{\"id\":\"1\",\"surname\":\"X\"},{\"id\":\"1\",\"surname\":\"Y\"}]} | rows[1].id",
            "{\"title\":\"t\",\"purpose\":\"holding\",\"category\":\"pow\",\"rows\":[{\"id\":\"1\",\"surname\":\"X\",\"sex\":\"x\"}]} | rows[0].sex",
            "{\"title\":\"t\",\"purpose\":\"holding\",\"category\":\"pow\",\"rows\":[{\"id\":\"1\",\"surname\":\"X\",\"birth_date\":\"1700\"}]} | rows[0].birth_date",
            "{\"title\":\"t\",\"purpose\":\"holding\",\"category\":\"pow\",\"rows\":[null]} | rows[0]",
            "{\"title\":\"t\",\"purpose\":\"holding\",\"category\":\"pow\",\"author\":\"ua\\u0007\",\"rows\":[]} | author"})
    void aBadListUploadIsA400NamingTheField(String body, String field) {
        JsonNode error = refused(a.postJson("/api/v1/lists", body), 400);
        if (field == null) {
            assertThat(error.has("field")).isFalse();
        } else {
            assertThat(error.get("field").asString()).isEqualTo(field);
        }
    }

    @Test
    void anEmptyBodyIsA400() {
        refused(a.postJson("/api/v1/lists", ""), 400);
    }

    @ParameterizedTest(name = "?{0}")
    @CsvSource({"limit=100000,limit", "limit=0,limit", "limit=-5,limit", "offset=-1,offset", "offset=99999999999999999999,offset",
            "limit=abc,limit", "sort=nope,sort", "desc=maybe,desc"})
    void aBadPagingParameterIsA400NamingIt(String query, String field) {
        JsonNode error = refused(a.get("/api/v1/lists/" + running.world().aPrisoners + "/rows?" + query), 400);
        assertThat(error.get("field").asString()).isEqualTo(field);
    }

    @Test
    void anOverlongFilterIsRefused() {
        refused(a.get("/api/v1/lists/" + running.world().aPrisoners + "/rows?q=" + "x".repeat(201)), 400);
    }

    @Test
    void aMalformedListIdIsA400() {
        assertThat(refused(a.get("/api/v1/lists/not-a-uuid"), 400).get("field").asString()).isEqualTo("id");
    }

    @Test
    void anUnknownApiRouteIsAJson404() {
        assertThat(refused(a.get("/api/v2/nothing"), 404).get("error").asString()).isEqualTo("not_found");
        refused(running.anonymous().get("/api/nothing"), 404);
    }

    @Test
    void aRequestJettyRefusesBeforeRoutingIsStillJson() throws IOException {
        refused(a.get("/api/v1/lists?" + "a".repeat(20_000)), 414);
        // java.net.URI refuses to build this malformed path, so it goes out over a raw socket.
        try (Socket socket = new Socket("localhost", running.port())) {
            socket.getOutputStream().write("GET /api/v1/lists/%zz HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"
                    .getBytes(StandardCharsets.US_ASCII));
            String response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(response).startsWith("HTTP/1.1 400").contains("application/json").contains("{\"error\":\"bad_request\"");
        }
    }

    @Test
    void anUnknownDeskPageIsAnHtml404() {
        HttpResponse<String> r = running.anonymous().get("/no/such/page");
        assertThat(r.statusCode()).isEqualTo(404);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(r.body()).contains("data-error=\"not_found\"");
    }

    @Test
    void randomGarbageNeverCausesAServerError() {
        long seed = 20250602L;
        Random random = new Random(seed);
        String[] paths = {"/api/v1/lists", "/api/v1/auth/token", "/api/v1/lists/" + running.world().aPrisoners + "/relay"};
        Client mediator = running.api(Who.MEDIATOR_DESK);
        String alphabet = "{}[]\":,0123456789abcdefxyz-+.eE \\u0000\u044f";
        for (int i = 0; i < 150; i++) {
            StringBuilder sb = new StringBuilder();
            int length = random.nextInt(60);
            for (int j = 0; j < length; j++) {
                sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String path = paths[i % paths.length];
            HttpResponse<String> r = (path.endsWith("relay") ? mediator : a).postJson(path, sb.toString());
            assertThat(r.statusCode()).as("seed %d, body %s -> %s", seed, sb, r.body()).isBetween(400, 499);
        }
    }
}
