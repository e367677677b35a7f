package org.repatria.cli;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/** A minimal client of the JSON API for tests that drive a server in another process. */
final class ApiClient {
    private static final ObjectMapper JSON = JsonMapper.builder().build();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;
    private final String token;

    private ApiClient(String base, String token) {
        this.base = base;
        this.token = token;
    }

    /** Signs in with a password and keeps the bearer token. */
    static ApiClient signIn(String base, String username, String password) throws IOException, InterruptedException {
        var body = JSON.createObjectNode().put("username", username).put("password", password);
        var anonymous = new ApiClient(base, "");
        HttpResponse<String> r = anonymous.send("POST", "api/v1/auth/token", body.toString());
        if (r.statusCode() != 201) {
            throw new IOException("sign-in as " + username + " failed: " + r.statusCode() + " " + r.body());
        }
        return new ApiClient(base, JSON.readTree(r.body()).get("token").asString());
    }

    HttpResponse<String> send(String method, String path, String body) throws IOException, InterruptedException {
        var b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .method(method, body.isEmpty() ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (!token.isEmpty()) {
            b.header("Authorization", "Bearer " + token);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    JsonNode getJson(String path) throws IOException, InterruptedException {
        HttpResponse<String> r = send("GET", path, "");
        if (r.statusCode() != 200) {
            throw new IOException("GET " + path + " answered " + r.statusCode() + ": " + r.body());
        }
        return JSON.readTree(r.body());
    }

    /** The bearer token this client sends. */
    String token() {
        return token;
    }

    static ObjectMapper json() {
        return JSON;
    }
}
