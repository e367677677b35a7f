package org.repatria.bench.reads;

import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.repatria.core.account.Account;
import org.repatria.core.account.Role;
import org.repatria.core.party.Party;
import org.repatria.core.party.PartyId;
import org.repatria.core.party.PartyKind;
import org.repatria.server.Seeding;
import org.repatria.server.Server;
import org.repatria.server.ServerConfig;
import org.repatria.store.Store;

/**
 * Times a desk list page view ({@code /desk/lists/{id}}, first 50 rows) and an API page of 50 rows
 * ({@code /api/v1/lists/{id}/rows?limit=50}) of a signed N-row list over HTTP on a fresh embedded store, the two
 * one after the other, and prints median, mean, 90th percentile and the process's CPU time per read (the figure that
 * stays comparable on a loaded machine). It uses only what the server had before the record
 * of reads, so the same class runs against the classes before and after it (BENCHMARKS.md). Arguments: [rows] [reads].
 */
public final class ReadsCostBenchmark {
    private static final String PASSWORD = "correct horse battery";
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private final HttpClient http = HttpClient.newHttpClient();
    private final String base;

    private ReadsCostBenchmark(String base) {
        this.base = base;
    }

    public static void main(String[] args) throws Exception {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 6_000;
        int reads = args.length > 1 ? Integer.parseInt(args[1]) : 300;
        Path dir = Files.createTempDirectory("repatria-reads-cost");
        try (Store store = Store.embedded(dir)) {
            store.parties().add(new Party(new PartyId("ua"), "Україна", PartyKind.BELLIGERENT));
            store.parties().add(new Party(new PartyId("ru"), "Россия", PartyKind.BELLIGERENT));
            store.parties().add(new Party(new PartyId("tr"), "Türkiye", PartyKind.MEDIATOR));
            Seeding.addAccount(store, new Account("ua-desk", "ua-desk", new PartyId("ua"), Role.PARTY_DESK), PASSWORD.toCharArray());
            Seeding.addAccount(store, new Account("mediator", "mediator", new PartyId("tr"), Role.MEDIATOR), PASSWORD.toCharArray());
            Server server = Server.start(ServerConfig.of(store).withPort(0));
            try {
                new ReadsCostBenchmark("http://localhost:" + server.port()).run(rows, reads);
            } finally {
                server.stop();
            }
            Path record = dir.resolve("reads");
            if (Files.isDirectory(record)) {
                try (Stream<Path> files = Files.list(record)) {
                    long bytes = files.mapToLong(p -> p.toFile().length()).sum();
                    System.out.printf("record of reads: %,d bytes on disk%n", bytes);
                }
            } else {
                System.out.println("record of reads: none (the classes before it)");
            }
        }
    }

    private void run(int rows, int reads) throws Exception {
        String mediator = token("mediator");
        String ua = token("ua-desk");
        send(mediator, "POST", "/api/v1/parties/ua/server-held-key", "", 201);
        StringBuilder csv = new StringBuilder("id,surname,given_name,birth_date,category\n");
        for (int i = 1; i <= rows; i++) {
            csv.append(i).append(",Коваленко").append(i).append(",Іван,1990,POW\n");
        }
        String list = field(send(ua, "POST", "/api/v1/lists/import?title=bench&purpose=HOLDING&category=POW&sign=server-held",
                csv.toString(), 201), "id");
        String cookie = desk("ua-desk");
        String page = "/desk/lists/" + list;
        String api = "/api/v1/lists/" + list + "/rows?limit=50";
        for (int i = 0; i < 20; i++) {
            get(page, "Cookie", cookie);
            get(api, "Authorization", "Bearer " + ua);
        }
        timed("desk list page (" + rows + " rows, first 50)", page, "Cookie", cookie, reads);
        timed("API page of 50 rows", api, "Authorization", "Bearer " + ua, reads);
    }

    /** Reads {@code path} {@code reads} times; prints wall-clock median, mean, p90 and the process's CPU per read. */
    private void timed(String what, String path, String header, String value, int reads) throws Exception {
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        List<Long> ns = new ArrayList<>();
        long cpu = os.getProcessCpuTime();
        for (int i = 0; i < reads; i++) {
            ns.add(get(path, header, value));
        }
        double cpuMs = (os.getProcessCpuTime() - cpu) / 1e6 / reads;
        report(what, ns, cpuMs);
    }

    private static void report(String what, List<Long> ns, double cpuMs) {
        List<Long> s = new ArrayList<>(ns);
        s.sort(Long::compare);
        double mean = s.stream().mapToLong(Long::longValue).average().orElse(0) / 1e6;
        System.out.printf("%-40s median %6.2f ms, mean %6.2f ms, p90 %6.2f ms, CPU %6.3f ms a read (%d reads after 20"
                + " warm-ups; server and client in one process)%n", what, s.get(s.size() / 2) / 1e6, mean,
                s.get(s.size() * 9 / 10) / 1e6, cpuMs, s.size());
    }

    private long get(String path, String header, String value) throws Exception {
        long t = System.nanoTime();
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + path)).header(header, value).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        long took = System.nanoTime() - t;
        if (r.statusCode() != 200) {
            throw new IllegalStateException(path + ": " + r.statusCode());
        }
        return took;
    }

    private String token(String user) throws Exception {
        return field(send("", "POST", "/api/v1/auth/token", "{\"username\":\"" + user + "\",\"password\":\"" + PASSWORD
                + "\"}", 201), "token");
    }

    private String desk(String user) throws Exception {
        HttpResponse<String> form = http.send(HttpRequest.newBuilder(URI.create(base + "/login")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher m = CSRF.matcher(form.body());
        if (!m.find()) {
            throw new IllegalStateException("no CSRF token on /login");
        }
        String body = "_csrf=" + enc(m.group(1)) + "&username=" + enc(user) + "&password=" + enc(PASSWORD);
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(body));
        cookie(form).ifPresent(c -> b.header("Cookie", c));
        HttpResponse<String> login = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
        return cookie(login).orElseThrow(() -> new IllegalStateException("no session after signing in: " + login.statusCode()));
    }

    private String send(String token, String method, String path, String body, int expected) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", path.contains("/import") ? "text/csv" : "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (!token.isEmpty()) {
            b.header("Authorization", "Bearer " + token);
        }
        HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != expected) {
            throw new IllegalStateException(method + " " + path + ": " + r.statusCode() + " " + r.body());
        }
        return r.body();
    }

    private static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\"\\s*:\\s*\"([^\"]+)\"").matcher(json);
        if (!m.find()) {
            throw new IllegalStateException("no " + name + " in " + json);
        }
        return m.group(1);
    }

    private static java.util.Optional<String> cookie(HttpResponse<String> r) {
        return r.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("repatria_session="))
                .map(c -> c.substring(0, c.indexOf(';'))).findFirst();
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
