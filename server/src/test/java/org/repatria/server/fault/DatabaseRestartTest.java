package org.repatria.server.fault;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.repatria.core.party.Party;
import org.repatria.core.party.PartyKind;
import org.repatria.server.Callers;
import org.repatria.server.Client;
import org.repatria.server.Fixture;
import org.repatria.server.Fixture.Who;
import org.repatria.server.Seeding;
import org.repatria.server.Server;
import org.repatria.server.ServerConfig;
import org.repatria.store.Store;

/**
 * Issue 15, item 7 (a): PostgreSQL goes away under a running server during a burst of imports and comes back. While it
 * is away every import is answered 503 (never 500); once it is back the server takes imports again without a restart;
 * every acknowledged import is present after. The database is taken away by cutting its connections
 * ({@link DatabaseAway}), so the shared cluster keeps serving the other tests. Needs REPATRIA_TEST_PG_URL (CI sets it).
 */
class DatabaseRestartTest {
    private static final Pattern HOST_PORT = Pattern.compile("^jdbc:postgresql://([^:/]+):(\\d+)/(.*)$");

    @Test
    void importsWhilePostgresIsAwayThenBackAre503ThenAcceptedAndNothingAcknowledgedIsLost() throws Exception {
        String base = System.getenv("REPATRIA_TEST_PG_URL");
        Assumptions.assumeTrue(base != null && !base.isBlank(),
                "REPATRIA_TEST_PG_URL is not set: the PostgreSQL restart test needs a PostgreSQL to relay to (CI sets it)");
        Matcher m = HOST_PORT.matcher(base);
        assertThat(m.matches()).as("REPATRIA_TEST_PG_URL names host and port: " + base).isTrue();
        String schema = "fault_" + UUID.randomUUID().toString().replace("-", "");
        sql(base, "CREATE SCHEMA " + schema);
        try (DatabaseAway db = new DatabaseAway(m.group(1), Integer.parseInt(m.group(2)))) {
            String rest = m.group(3);
            String url = "jdbc:postgresql://127.0.0.1:" + db.port() + "/" + rest + (rest.contains("?") ? "&" : "?")
                    + "currentSchema=" + schema;
            Map<Integer, Integer> statuses = new TreeMap<>();
            List<String> acknowledged = new ArrayList<>();
            try (Store store = Store.connect(url)) {
                store.parties().add(new Party(Fixture.A, "Україна", PartyKind.BELLIGERENT));
                store.parties().add(new Party(Fixture.B, "Россия", PartyKind.BELLIGERENT));
                store.parties().add(new Party(Fixture.MEDIATOR, "Türkiye", PartyKind.MEDIATOR));
                Seeding.addAccount(store, Who.A_DESK.account(), Fixture.PASSWORD.toCharArray());
                Server server = Server.start(ServerConfig.of(store).withPort(0));
                try {
                    Client desk = Callers.api(server.port(), Who.A_DESK);
                    int i = 0;
                    for (; acknowledged.size() < 10; i++) {
                        send(desk, i, statuses, acknowledged);
                    }
                    db.away();
                    long awayUntil = System.nanoTime() + 4_000_000_000L;
                    int awayAnswers = 0;
                    while (System.nanoTime() < awayUntil) {
                        int s = send(desk, i++, statuses, acknowledged);
                        assertThat(s).as("while the database is away").isIn(201, 503);
                        awayAnswers += s == 503 ? 1 : 0;
                    }
                    db.back();
                    int before = acknowledged.size();
                    long deadline = System.nanoTime() + 60_000_000_000L;
                    while (acknowledged.size() < before + 10 && System.nanoTime() < deadline) {
                        send(desk, i++, statuses, acknowledged);
                    }
                    System.out.printf("database away 4 s: statuses %s; %d acknowledged%n", statuses, acknowledged.size());
                    assertThat(awayAnswers).as("503s while away").isPositive();
                    assertThat(acknowledged.size()).as("imports after the database came back").isGreaterThanOrEqualTo(before + 10);
                    assertThat(statuses.keySet()).containsOnly(201, 503);
                    for (String id : acknowledged) {
                        assertThat(desk.get("/api/v1/lists/" + id).statusCode()).as(id).isEqualTo(200);
                    }
                } finally {
                    server.stop();
                }
            }
        } finally {
            sql(base, "DROP SCHEMA " + schema + " CASCADE");
        }
    }

    private static int send(Client desk, int i, Map<Integer, Integer> statuses, List<String> acknowledged) {
        String csv = "id,surname,given_name,birth_date,category\n1,Бойко" + i + ",Іван,1990,POW\n";
        HttpResponse<String> r = desk.send(desk.request("/api/v1/lists/import?title=burst-" + i + "&purpose=holding")
                .header("Content-Type", "text/csv").POST(HttpRequest.BodyPublishers.ofString(csv, StandardCharsets.UTF_8)));
        statuses.merge(r.statusCode(), 1, Integer::sum);
        if (r.statusCode() == 201) {
            acknowledged.add(Client.json(r).get("list").get("id").asString());
        }
        return r.statusCode();
    }

    private static void sql(String url, String statement) throws Exception {
        try (var c = DriverManager.getConnection(url); var st = c.createStatement()) {
            st.execute(statement);
        }
    }
}
