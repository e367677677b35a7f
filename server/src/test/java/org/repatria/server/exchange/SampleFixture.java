package org.repatria.server.exchange;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.repatria.core.account.Account;
import org.repatria.core.account.Role;
import org.repatria.server.Client;
import org.repatria.server.Fixture;
import org.repatria.server.RunningServer;
import org.repatria.server.Seeding;
import org.repatria.server.api.ApiJson;

/**
 * Test fixture for samples (issue 16): ru's identification unit, and a DNA case of ru whose four remains samples (dvir's
 * KETPchap484 example, ../shared/data/dvir-examples) carry the ids the test gives them.
 */
final class SampleFixture {
    static final String B_UNIT = "b-identification";
    private static final Path EXAMPLE = Path.of("../shared/data/dvir-examples/KETPchap484");

    private SampleFixture() {
    }

    /** A bearer client for ru's identification unit, its account created on first use. */
    static synchronized Client bUnit(RunningServer running) {
        if (running.world().store.accounts().find(B_UNIT).isEmpty()) {
            Seeding.addAccount(running.world().store, new Account(B_UNIT, "ru DNA", Fixture.B, Role.IDENTIFICATION),
                    Fixture.PASSWORD.toCharArray());
        }
        Client c = new Client(running.port());
        HttpResponse<String> token = c.postJson("/api/v1/auth/token", "{\"username\":\"" + B_UNIT + "\",\"password\":\""
                + Fixture.PASSWORD + "\"}");
        return c.bearer(Client.json(token).get("token").asString());
    }

    /** Uploads the example as a case of ru's unit with remains V1..V4 renamed to {@code ids}; the case's id. */
    static String caseOf(Client unit, String... ids) {
        Map<String, String> body = new LinkedHashMap<>();
        body.put("title", "samples " + String.join(",", ids));
        for (String name : new String[] {"frequencies", "profiles", "remains", "pedigrees"}) {
            String text = read(name + ".csv");
            for (int i = 0; i < ids.length; i++) {
                text = text.replaceAll("(?m)^V" + (i + 1) + ",", ids[i] + ",");
            }
            body.put(name, text);
        }
        body.put("mutations", read("mutation.csv"));
        HttpResponse<String> r = unit.postJson("/api/v1/identification/cases", ApiJson.mapper().writeValueAsString(body));
        if (r.statusCode() != 201) {
            throw new AssertionError("case upload failed: " + r.statusCode() + " " + r.body());
        }
        return Client.json(r).get("id").asString();
    }

    private static String read(String file) {
        try {
            return Files.readString(EXAMPLE.resolve(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
