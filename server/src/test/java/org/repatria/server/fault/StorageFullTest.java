package org.repatria.server.fault;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.repatria.server.Callers;
import org.repatria.server.Client;
import org.repatria.server.Fixture;
import org.repatria.server.Fixture.Who;
import org.repatria.server.Server;
import org.repatria.server.ServerConfig;
import org.repatria.store.Store;

/**
 * Issue 15, item 7 (b): the embedded store's disk fills under a running server. SQLite's {@code max_page_count}, set
 * through the connection URL, stands in for a full disk (the engine answers SQLITE_FULL exactly as on a full file
 * system). Every import acknowledged before stays; the first refused one is a 507 naming the cause and stores nothing;
 * the server keeps answering reads, and with space again (the limit lifted) takes writes after a restart.
 */
class StorageFullTest {
    private static final int ROWS = 300;
    private static final int MARGIN_PAGES = 120; // ~480 KB of room: a handful of 300-row lists

    @TempDir
    Path dir;

    @Test
    void importsDuringAFillingDiskThenFullIs507AndNothingAcknowledgedIsLost() throws Exception {
        try (Fixture world = new Fixture(dir, 5)) {
            // the fixture's parties, accounts and lists
        }
        Path file = dir.resolve("repatria.sqlite");
        long pages;
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + file); var st = c.createStatement();
             var rs = st.executeQuery("PRAGMA page_count")) {
            rs.next();
            pages = rs.getLong(1);
        }
        List<String> acknowledged = new ArrayList<>();
        HttpResponse<String> refused = null;
        try (Store store = Store.connect("jdbc:sqlite:" + file + "?max_page_count=" + (pages + MARGIN_PAGES))) {
            Server server = Server.start(ServerConfig.of(store).withPort(0));
            try {
                Client desk = Callers.api(server.port(), Who.A_DESK);
                Random random = new Random(15);
                for (int i = 0; i < 200 && refused == null; i++) {
                    HttpResponse<String> r = importList(desk, "full-" + i, random);
                    if (r.statusCode() == 201) {
                        acknowledged.add(Client.json(r).get("list").get("id").asString());
                    } else {
                        refused = r;
                    }
                }
                assertThat(refused).as("the disk never filled").isNotNull();
                assertThat(refused.statusCode()).as(refused.body()).isEqualTo(507);
                assertThat(Client.json(refused).get("error").asString()).isEqualTo("storage_full");
                assertThat(refused.body()).contains("storage is full").contains("nothing of it was stored");
                assertThat(desk.get("/api/health").statusCode()).isEqualTo(200);
                assertThat(desk.get("/api/v1/lists/" + acknowledged.getFirst()).statusCode()).isEqualTo(200);
            } finally {
                server.stop();
            }
        }
        assertThat(acknowledged).isNotEmpty();
        System.out.printf("storage full: %d imports of %d rows acknowledged, then 507; all %d present after the restart%n",
                acknowledged.size(), ROWS, acknowledged.size());
        try (Store store = Store.embedded(dir)) {
            Server server = Server.start(ServerConfig.of(store).withPort(0));
            try {
                Client desk = Callers.api(server.port(), Who.A_DESK);
                for (String id : acknowledged) {
                    assertThat(Client.json(desk.get("/api/v1/lists/" + id)).get("row_count").asInt()).as(id).isEqualTo(ROWS);
                }
                assertThat(Client.json(desk.get("/api/v1/lists")).valueStream()
                        .filter(l -> l.get("title").asString().startsWith("full-")).count()).isEqualTo(acknowledged.size());
                assertThat(importList(desk, "after", new Random(16)).statusCode()).isEqualTo(201);
            } finally {
                server.stop();
            }
        }
    }

    private static HttpResponse<String> importList(Client desk, String title, Random random) {
        StringBuilder csv = new StringBuilder("id,surname,given_name,birth_date,category\n");
        for (int row = 1; row <= ROWS; row++) {
            csv.append(row).append(",Коваленко").append(random.nextInt(1_000_000)).append(",Іван,1990,POW\n");
        }
        return desk.send(desk.request("/api/v1/lists/import?title=" + title + "&purpose=holding")
                .header("Content-Type", "text/csv").POST(HttpRequest.BodyPublishers.ofString(csv.toString(), StandardCharsets.UTF_8)));
    }
}
