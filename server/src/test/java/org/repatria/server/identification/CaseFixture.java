package org.repatria.server.identification;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Predicate;
import org.repatria.core.account.Account;
import org.repatria.core.account.Role;
import org.repatria.server.Callers;
import org.repatria.server.Client;
import org.repatria.server.Fixture;
import org.repatria.server.RunningServer;
import org.repatria.server.Seeding;
import org.repatria.server.api.ApiJson;
import tools.jackson.databind.JsonNode;

/**
 * DNA cases for server tests, read from dvir's published examples in ../shared/data/dvir-examples
 * (see its SOURCE.md), and a second identification unit, of party B, to test that parties stay apart.
 */
public final class CaseFixture {
    static final Path EXAMPLES = Path.of("../shared/data/dvir-examples");
    static final String B_UNIT = "b-identification";

    private CaseFixture() {
    }

    /** The files of one example folder, by their DESIGN.md names. */
    static Map<String, String> files(String example) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String name : new String[] {"frequencies", "profiles", "remains", "pedigrees", "mutations"}) {
            Path p = EXAMPLES.resolve(example).resolve(name + ".csv");
            if (Files.exists(p)) {
                try {
                    out.put(name, Files.readString(p));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        return out;
    }

    /** The JSON body of a case upload. */
    static String upload(String title, Map<String, String> files) {
        Map<String, String> body = new LinkedHashMap<>(files);
        body.put("title", title);
        return ApiJson.mapper().writeValueAsString(body);
    }

    /** Uploads and searches a case as {@code unit}; returns its id once the search is done. */
    public static String searched(Client unit, String example, double min) {
        return searched(unit, files(example), min);
    }

    /**
     * Uploads and searches a case made of these files with theta 0 (the published figures the tests compare with,
     * dvir's and forrel's, apply none); returns its id once the search is done.
     */
    static String searched(Client unit, Map<String, String> files, double min) {
        return searched(unit, files, min, 0);
    }

    /** Uploads and searches a case made of these files with this theta; returns its id once the search is done. */
    static String searched(Client unit, Map<String, String> files, double min, double theta) {
        var created = unit.postJson("/api/v1/identification/cases", upload("case", files));
        if (created.statusCode() != 201) {
            throw new AssertionError("upload failed: " + created.statusCode() + " " + created.body());
        }
        String id = Client.json(created).get("id").asString();
        var started = unit.postJson("/api/v1/identification/cases/" + id + "/search",
                "{\"min_log10_lr\":" + min + ",\"theta\":" + theta + "}");
        if (started.statusCode() != 202) {
            throw new AssertionError("search refused: " + started.statusCode() + " " + started.body());
        }
        for (int i = 0; i < 200; i++) {
            JsonNode c = Client.json(unit.get("/api/v1/identification/cases/" + id));
            String state = c.get("header").get("search").get("status").asString();
            if (state.equals("DONE")) {
                return id;
            }
            if (state.equals("FAILED")) {
                throw new AssertionError("search failed: " + c);
            }
            sleep();
        }
        throw new AssertionError("the search did not end within 10 s");
    }

    /** A bearer client for party B's identification unit, created on first use. */
    static synchronized Client bUnit(RunningServer running) {
        var accounts = running.world().store.accounts();
        if (accounts.find(B_UNIT).isEmpty()) {
            Seeding.addAccount(running.world().store, new Account(B_UNIT, "B DNA", Fixture.B, Role.IDENTIFICATION),
                    Fixture.PASSWORD.toCharArray());
        }
        Client c = new Client(running.port());
        var r = c.postJson("/api/v1/auth/token", "{\"username\":\"" + B_UNIT + "\",\"password\":\"" + Fixture.PASSWORD + "\"}");
        return c.bearer(Client.json(r).get("token").asString());
    }


    private static void sleep() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Uploads example 2's files as case {@code title} from the identification desk; the case page's address. */
    public static String uploadOnDesk(Client desk, String title) {
        Multipart form = new Multipart().field("_csrf", Callers.csrf(desk.get("/desk/identification").body()))
                .field("title", title);
        files("example2").forEach(form::file);
        HttpResponse<String> r = desk.post("/desk/identification/cases", form.body(), form.contentType());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(303);
        return r.headers().firstValue("Location").orElseThrow();
    }

    /** The case page once its search has ended (it no longer refreshes itself) and {@code shows} holds; at most 10 s. */
    public static String pageWhenSearched(Client desk, String caseUrl, Predicate<String> shows) {
        for (int i = 0; i < 200; i++) {
            String page = desk.get(caseUrl).body();
            if (!page.contains("http-equiv=\"refresh\"") && shows.test(page)) {
                return page;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("the search did not end within 10 s");
    }
}
