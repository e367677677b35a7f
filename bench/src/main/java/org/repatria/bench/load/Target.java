package org.repatria.bench.load;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.repatria.ledger.note.KeyType;
import org.repatria.ledger.note.NoteSigner;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the driver's requests need from a running demo, made once before the steps: the Russian desk signed in on the
 * desk (session cookie) and on the API (bearer token), the largest list it may read (the demo's 6,000 remains), a key
 * of the driver's own registered for the Russian party by the mediator (for signed submissions), and a log of at least
 * one full tile (256 entries: the demo's own log is shorter).
 */
record Target(URI base, List<String> deskHeaders, List<String> apiHeaders, String listId, int listRows, NoteSigner key) {
    static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    /** Signs in as {@code ru.desk} and {@code tr.mediator} with {@code passwords}, and grows the log to a full tile. */
    static Target prepare(URI base, UnaryOperator<String> passwords) throws IOException {
        try (Wire wire = new Wire(base)) {
            List<String> desk = List.of("Cookie: " + signIn(wire, "ru.desk", passwords.apply("ru.desk")));
            List<String> api = List.of("Authorization: Bearer " + token(wire, "ru.desk", passwords.apply("ru.desk")));
            JsonNode largest = null;
            for (JsonNode list : JSON.readTree(ok(wire.send("GET", "/api/v1/lists", api, new byte[0]), 200).body())) {
                if (largest == null || list.get("row_count").asInt() > largest.get("row_count").asInt()) {
                    largest = list;
                }
            }
            if (largest == null) {
                throw new IOException("ru.desk reads no list");
            }
            NoteSigner key = NoteSigner.generate("ru-load-driver", KeyType.ED25519, new SecureRandom());
            List<String> mediator = List.of("Authorization: Bearer " + token(wire, "tr.mediator", passwords.apply("tr.mediator")),
                    "Content-Type: application/json");
            ok(wire.send("POST", "/api/v1/parties/ru/keys", mediator, JSON.createObjectNode()
                    .put("vkey", key.verifier().encoded()).toString().getBytes(StandardCharsets.UTF_8)), 201);
            Target target = new Target(base, desk, api, largest.get("id").asString(), largest.get("row_count").asInt(), key);
            long size = Long.parseLong(ok(wire.send("GET", "/log/checkpoint", List.of(), new byte[0]), 200).text().lines()
                    .skip(1).findFirst().orElseThrow());
            for (long i = size; i < 256; i++) {
                ok(Kind.SUBMIT.send(wire, target, new SplittableRandom(i), -1, i), 201);
            }
            return target;
        }
    }

    /** The desk's session cookie(s) after signing in with the login form. */
    private static String signIn(Wire wire, String username, String password) throws IOException {
        Map<String, String> cookies = new LinkedHashMap<>();
        Wire.Answer form = ok(wire.send("GET", "/login", List.of(), new byte[0]), 200);
        keep(cookies, form);
        Matcher csrf = CSRF.matcher(form.text());
        String body = (csrf.find() ? "_csrf=" + encode(csrf.group(1)) + "&" : "") + "username=" + encode(username)
                + "&password=" + encode(password);
        List<String> headers = new ArrayList<>(List.of("Content-Type: application/x-www-form-urlencoded"));
        if (!cookies.isEmpty()) {
            headers.add("Cookie: " + cookie(cookies));
        }
        keep(cookies, ok(wire.send("POST", "/login", headers, body.getBytes(StandardCharsets.UTF_8)), 303));
        return cookie(cookies);
    }

    private static String token(Wire wire, String username, String password) throws IOException {
        byte[] body = JSON.createObjectNode().put("username", username).put("password", password).toString()
                .getBytes(StandardCharsets.UTF_8);
        Wire.Answer answer = ok(wire.send("POST", "/api/v1/auth/token", List.of("Content-Type: application/json"), body), 201);
        return JSON.readTree(answer.body()).get("token").asString();
    }

    private static void keep(Map<String, String> cookies, Wire.Answer answer) {
        for (String set : answer.all("Set-Cookie")) {
            String pair = set.split(";", 2)[0];
            int eq = pair.indexOf('=');
            if (eq > 0) {
                cookies.put(pair.substring(0, eq).strip(), pair.substring(eq + 1).strip());
            }
        }
    }

    private static String cookie(Map<String, String> cookies) {
        return String.join("; ", cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList());
    }

    static Wire.Answer ok(Wire.Answer answer, int status) throws IOException {
        if (answer.status() != status) {
            throw new IOException("expected HTTP " + status + ", got " + answer.status() + ": "
                    + answer.text().substring(0, Math.min(300, answer.text().length())));
        }
        return answer;
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
