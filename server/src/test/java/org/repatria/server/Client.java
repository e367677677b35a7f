package org.repatria.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A test's HTTP client for one caller: plain JDK HttpClient, optional bearer token or session cookie. */
public final class Client {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;
    private Optional<String> bearer = Optional.empty();
    private Optional<String> cookie = Optional.empty();
    private Optional<String> csrf = Optional.empty();

    public Client(int port) {
        this("http://localhost:" + port);
    }

    private Client(String base) {
        this.base = base;
    }

    public Client bearer(String token) {
        bearer = Optional.of(token);
        return this;
    }

    public Client session(String sessionCookie, String csrfToken) {
        cookie = Optional.of(sessionCookie);
        csrf = Optional.of(csrfToken);
        return this;
    }

    /** The same caller without the page's CSRF token: a forged cross-site form riding on the session cookie. */
    public Client withoutCsrf() {
        Client c = new Client(base);
        c.bearer = bearer;
        c.cookie = cookie;
        return c;
    }

    public HttpResponse<String> get(String path) {
        return send(request(path).GET());
    }

    public HttpResponse<String> post(String path, String body, String contentType) {
        return send(request(path).header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    public HttpResponse<String> postJson(String path, String json) {
        return post(path, json, "application/json");
    }

    /** POSTs JSON and expects {@code status} (a failure names the path and the reply); the reply's JSON. */
    public JsonNode postJson(String path, String json, int status) {
        HttpResponse<String> r = postJson(path, json);
        assertThat(r.statusCode()).as(path + ": " + r.body()).isEqualTo(status);
        return json(r);
    }

    /** GETs and expects 200 (a failure names the path and the reply); the reply's JSON. */
    public JsonNode getJson(String path) {
        HttpResponse<String> r = get(path);
        assertThat(r.statusCode()).as(path + ": " + r.body()).isEqualTo(200);
        return json(r);
    }

    public HttpResponse<String> delete(String path) {
        return send(request(path).DELETE());
    }

    public HttpResponse<String> send(HttpRequest.Builder b) {
        HttpRequest request = b.build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(request.method() + " " + request.uri() + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public HttpRequest.Builder request(String path) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(20));
        bearer.ifPresent(t -> b.header("Authorization", "Bearer " + t));
        cookie.ifPresent(c -> b.header("Cookie", c));
        csrf.filter(c -> !c.isEmpty()).ifPresent(c -> b.header("X-CSRF-Token", c));
        return b;
    }

    public static JsonNode json(HttpResponse<String> r) {
        return JSON.readTree(r.body());
    }
}
