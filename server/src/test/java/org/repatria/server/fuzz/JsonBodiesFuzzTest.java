package org.repatria.server.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.repatria.server.Client;
import org.repatria.server.Fixture.Who;
import org.repatria.server.RunningServer;
import org.repatria.server.access.Caller;
import org.repatria.server.route.Method;
import org.repatria.server.route.Route;
import tools.jackson.databind.JsonNode;

/**
 * Item 6 of issue 15: every route of the route table that takes a JSON body (POST or PUT) gets seeded, mostly
 * well-shaped bodies with nasty values (lone surrogates, NULs, huge numbers, wrong types, deep nesting), and damaged
 * bytes: never a 5xx, a refused request stores nothing (every table's row count is as before), and the server still
 * answers {@code /api/health}. {@code -Drepatria.fuzz.seed=N} replays a run, {@code -Drepatria.fuzz.rounds=N} runs
 * longer (rounds per route; 12 by default).
 */
class JsonBodiesFuzzTest {
    private static final long SEED = Long.getLong("repatria.fuzz.seed", 20_261_207L);
    private static final int ROUNDS = Integer.getInteger("repatria.fuzz.rounds", 12);
    private static final Pattern PARAM = Pattern.compile("\\{[^}]+}");
    private static final List<Who> CALLERS = List.of(Who.A_DESK, Who.MEDIATOR_DESK, Who.B_DESK, Who.OBSERVER_DESK,
            Who.A_IDENTIFICATION);
    @RegisterExtension
    static final RunningServer running = new RunningServer(5);

    @Test
    void noJsonBodyGetsA5xxOrLeavesAnythingStoredWhenRefused() {
        System.out.println("JsonBodiesFuzzTest seed " + SEED + ", " + ROUNDS + " rounds per route");
        SplittableRandom rng = new SplittableRandom(SEED);
        Map<Who, Client> clients = new EnumMap<>(Who.class);
        CALLERS.forEach(w -> clients.put(w, running.api(w)));
        clients.put(Who.ANONYMOUS, running.anonymous());
        List<String> ids = listIds(clients.get(Who.A_DESK));
        List<Route> routes = running.server().routes().routes().stream()
                .filter(r -> r.body().isPresent() && (r.method() == Method.POST || r.method() == Method.PUT)).toList();
        assertThat(routes).as("routes with a JSON body").hasSizeGreaterThan(10);
        List<String> failures = new ArrayList<>();
        long start = System.nanoTime();
        int requests = 0;
        for (Route route : routes) {
            Who who = caller(route);
            Client client = clients.get(who);
            JsonShapes shapes = new JsonShapes(rng, 0.15);
            for (int round = 0; round < ROUNDS; round++) {
                String json = route.body().get().many() ? "[" + shapes.of(route.body().get().type()) + "]"
                        : shapes.of(route.body().get().type());
                byte[] body = round % 3 == 2 ? Mutations.mutate(json.getBytes(StandardCharsets.UTF_8), rng)
                        : json.getBytes(StandardCharsets.UTF_8);
                String path = fill(route.path(), ids, rng);
                SortedMap<String, Long> before = Stored.counts(running);
                HttpResponse<String> r = client.send(client.request(path).header("Content-Type", "application/json")
                        .method(route.method().name(), HttpRequest.BodyPublishers.ofByteArray(body)));
                requests++;
                String what = route.method() + " " + path + " as " + who + " with " + clip(new String(body, StandardCharsets.UTF_8))
                        + " -> " + r.statusCode() + " " + clip(r.body());
                if (r.statusCode() >= 500) {
                    failures.add("5xx: " + what);
                } else if (r.statusCode() >= 400 && !Stored.changed(before, Stored.counts(running)).isEmpty()) {
                    failures.add("refused but stored " + Stored.changed(before, Stored.counts(running)) + ": " + what);
                }
            }
        }
        System.out.printf("JsonBodiesFuzzTest: %d routes, %d requests in %.1f s, %d failures%n", routes.size(), requests,
                (System.nanoTime() - start) / 1e9, failures.size());
        failures.forEach(System.out::println);
        assertThat(running.anonymous().get("/api/health").statusCode()).isEqualTo(200);
        assertThat(failures).as("seed " + SEED).isEmpty();
    }

    private static Who caller(Route route) {
        for (Who who : CALLERS) {
            if (route.rule().admits(new Caller.Member(who.account(), Caller.Proof.BEARER))) {
                return who;
            }
        }
        return Who.ANONYMOUS;
    }

    private static List<String> listIds(Client a) {
        List<String> ids = new ArrayList<>(List.of("1", "ua", "zz", "-1", "99999999999999999999"));
        for (JsonNode list : Client.json(a.get("/api/v1/lists"))) {
            ids.add(list.get("id").asString());
        }
        return ids;
    }

    private static String fill(String path, List<String> ids, SplittableRandom rng) {
        Matcher m = PARAM.matcher(path);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(Mutations.pick(rng, ids)));
        }
        return m.appendTail(out).toString();
    }

    private static String clip(String s) {
        return s.length() > 300 ? s.substring(0, 300) + "…" : s;
    }
}
