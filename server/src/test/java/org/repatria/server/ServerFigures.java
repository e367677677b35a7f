package org.repatria.server;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.LongSupplier;
import org.repatria.server.auth.Passwords;

/**
 * Not a test: prints the server's figures (password hash cost, list upload, row pages through the
 * API and the desk). Run from the server module with the test classpath; see the server report.
 */
public final class ServerFigures {
    private static final String[] SURNAMES = {"Коваленко", "Шевченко", "Бондаренко", "Ткаченко", "Мельник", "Кравченко", "Олійник"};
    private static final int ROWS = 6_000;

    private ServerFigures() {
    }

    public static void main(String[] args) throws Exception {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        report("Argon2id hash, CPU", 20, () -> {
            long t = threads.getCurrentThreadCpuTime();
            Passwords.hash("correct horse".toCharArray());
            return threads.getCurrentThreadCpuTime() - t;
        });
        report("Argon2id hash, wall", 20, () -> wall(() -> Passwords.hash("correct horse".toCharArray())));
        try (Fixture world = new Fixture(Files.createTempDirectory("repatria-figures"), 10)) {
            Server server = Server.start(ServerConfig.of(world.store).withPort(0));
            Client party = Callers.api(server.port(), Fixture.Who.A_DESK);
            String body = upload();
            long t = System.nanoTime();
            HttpResponse<String> created = party.postJson("/api/v1/lists", body);
            System.out.printf(Locale.ROOT, "POST /api/v1/lists, %,d rows (%,d KB of JSON): %d in %.0f ms%n",
                    ROWS, body.length() / 1024, created.statusCode(), (System.nanoTime() - t) / 1e6);
            String rows = "/api/v1/lists/" + Client.json(created).get("id").asString() + "/rows";
            for (String q : new String[] {"?limit=50", "?sort=surname&offset=3000&limit=50",
                    "?q=%D0%BC%D0%B5%D0%BB&sort=birth_date&desc=true&limit=50", "?sort=unit&offset=5950&limit=50"}) {
                report("GET rows" + q, 100, () -> wall(() -> party.get(rows + q)));
            }
            Client desk = Callers.desk(server.port(), Fixture.Who.A_DESK);
            String page = rows.replace("/api/v1/", "/desk/").replace("/rows", "") + "?sort=surname&offset=3000";
            report("desk page " + page.substring(page.indexOf('?')), 50, () -> wall(() -> desk.get(page)));
            server.stop();
        }
    }

    private static String upload() {
        StringBuilder sb = new StringBuilder("{\"title\":\"figures\",\"purpose\":\"holding\",\"category\":\"remains\",\"rows\":[");
        for (int i = 0; i < ROWS; i++) {
            sb.append(i == 0 ? "" : ",").append(String.format(Locale.ROOT,
                    "{\"id\":\"%d\",\"surname\":\"%s\",\"given_name\":\"Іван\",\"birth_date\":\"%d\",\"military_id\":\"MI-%d\",\"unit\":\"unit %d\"}",
                    i + 1, SURNAMES[i % SURNAMES.length], 1960 + i % 40, 100_000 + i, i % 50));
        }
        return sb.append("]}").toString();
    }

    private static long wall(Runnable r) {
        long t = System.nanoTime();
        r.run();
        return System.nanoTime() - t;
    }

    private static void report(String what, int n, LongSupplier nanos) {
        for (int i = 0; i < 5; i++) {
            nanos.getAsLong();
        }
        long[] d = new long[n];
        for (int i = 0; i < n; i++) {
            d[i] = nanos.getAsLong();
        }
        Arrays.sort(d);
        System.out.printf(Locale.ROOT, "%s: median %.1f ms, p95 %.1f ms, min %.1f ms (n=%d after 5 warm-up)%n",
                what, d[n / 2] / 1e6, d[(int) (n * 0.95)] / 1e6, d[0] / 1e6, n);
    }
}
