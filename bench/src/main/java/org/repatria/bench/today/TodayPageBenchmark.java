package org.repatria.bench.today;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.repatria.core.account.Account;
import org.repatria.core.account.Role;
import org.repatria.core.list.ListId;
import org.repatria.core.party.Party;
import org.repatria.core.party.PartyId;
import org.repatria.core.party.PartyKind;
import org.repatria.server.Seeding;
import org.repatria.server.Server;
import org.repatria.server.ServerConfig;
import org.repatria.server.log.TransparencyLog;
import org.repatria.server.request.Requests;
import org.repatria.server.today.WorkForToday;
import org.repatria.store.Store;

/**
 * Times the whole HTTP GET of {@code /desk/today} (issue 17's aim: under 100 ms at 100 agreements, 200,000 persons and
 * 50,000 documents), warm, as the mediator and as a party desk, on a store seeded directly ({@link TodayWorld}); prints
 * the first (cold) read, then p50 and p99 of N reads after 20 warm-ups. Arguments: [agreements] [persons] [documents]
 * [reads]. The person index's one catch-up after start is waited for, so the figures are the steady state.
 */
public final class TodayPageBenchmark {
    private static final String PASSWORD = "correct horse battery";
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern COUNT = Pattern.compile("id=\"today-count\" data-count=\"([0-9]+)\"");
    private final HttpClient http = HttpClient.newHttpClient();
    private final String base;

    private TodayPageBenchmark(String base) {
        this.base = base;
    }

    public static void main(String[] args) throws Exception {
        int agreements = args.length > 0 ? Integer.parseInt(args[0]) : 100;
        int persons = args.length > 1 ? Integer.parseInt(args[1]) : 200_000;
        int documents = args.length > 2 ? Integer.parseInt(args[2]) : 50_000;
        int reads = args.length > 3 ? Integer.parseInt(args[3]) : 200;
        Path dir = Files.createTempDirectory("repatria-today-page");
        try (Store store = Store.embedded(dir)) {
            store.parties().add(new Party(TodayWorld.UA, "Україна", PartyKind.BELLIGERENT));
            store.parties().add(new Party(TodayWorld.RU, "Россия", PartyKind.BELLIGERENT));
            store.parties().add(new Party(TodayWorld.TR, "Türkiye", PartyKind.MEDIATOR));
            for (String[] a : new String[][] {{"ua-desk", "ua", "PARTY_DESK"}, {"ru-desk", "ru", "PARTY_DESK"},
                    {"mediator", "tr", "MEDIATOR"}}) {
                Seeding.addAccount(store, new Account(a[0], a[0], new PartyId(a[1]),
                        Role.valueOf(a[2])), PASSWORD.toCharArray());
            }
            TodayWorld world = new TodayWorld(store);
            long t0 = System.nanoTime();
            List<List<ListId>> lists = world.persons(persons);
            long t1 = System.nanoTime();
            List<String> relayed = world.documents(documents);
            long t2 = System.nanoTime();
            world.agreements(agreements, lists, relayed);
            long t3 = System.nanoTime();
            System.out.printf(Locale.ROOT, "seeded %,d persons in %d ms, %,d documents (%,d log entries) in %d ms, %d agreements"
                    + " in %d ms%n", persons, (t1 - t0) / 1_000_000, documents, store.log().size(), (t2 - t1) / 1_000_000,
                    agreements, (t3 - t2) / 1_000_000);
            Server server = Server.start(ServerConfig.of(store).withPort(0));
            try {
                // The person index joins the seeded lists once after start; time the page after it, as a server runs.
                long s0 = System.nanoTime();
                boolean settled = server.persons().settle(Duration.ofMinutes(5));
                System.out.printf(Locale.ROOT, "person index caught up in %d ms%s%n", (System.nanoTime() - s0) / 1_000_000,
                        settled ? "" : " (not settled after 5 minutes: the figures below include its work)");
                TodayPageBenchmark b = new TodayPageBenchmark("http://localhost:" + server.port());
                b.time("GET /desk/today as the mediator", b.desk("mediator"), reads);
                b.time("GET /desk/today as ua's desk", b.desk("ua-desk"), reads);
                b.time("GET /desk/today as ru's desk", b.desk("ru-desk"), reads);
                b.time("GET /desk/lists as ua's desk (for scale)", b.desk("ua-desk"), reads, "/desk/lists");

            } finally {
                server.stop();
            }
            try (TransparencyLog log = TransparencyLog.open(store, Clock.systemUTC())) {
                WorkForToday work = new WorkForToday(store, new Requests(store, log, Clock.systemUTC()), Clock.systemUTC());
                for (String[] who : new String[][] {{"mediator", "tr", "MEDIATOR"}, {"ua-desk", "ua", "PARTY_DESK"}}) {
                    inProcess(work, new Account(who[0], who[0], new PartyId(who[1]), Role.valueOf(who[2])), reads);
                }
            }
        }
    }

    /** {@link WorkForToday#of} alone, in this process: what the page and the navigation's count compute. */
    private static void inProcess(WorkForToday work, Account reader, int reads) {
        work.of(reader);
        List<Long> micros = new ArrayList<>();
        for (int i = 0; i < reads + 20; i++) {
            long t = System.nanoTime();
            work.of(reader);
            if (i >= 20) {
                micros.add((System.nanoTime() - t) / 1_000);
            }
        }
        micros.sort(Long::compare);
        System.out.printf(Locale.ROOT, "%-34s p50 %6.1f ms, p99 %6.1f ms (%d calls)%n", "  WorkForToday.of as " + reader.username(),
                micros.get(reads / 2) / 1e3, micros.get((int) (reads * 0.99)) / 1e3, reads);
    }

    private void time(String what, String cookie, int reads) throws Exception {
        time(what, cookie, reads, "/desk/today");
    }

    private void time(String what, String cookie, int reads, String path) throws Exception {
        long cold = System.nanoTime();
        String first = get(cookie, path);
        long coldMs = (System.nanoTime() - cold) / 1_000_000;
        for (int i = 0; i < 20; i++) {
            get(cookie, path);
        }
        List<Long> micros = new ArrayList<>();
        for (int i = 0; i < reads; i++) {
            long t = System.nanoTime();
            get(cookie, path);
            micros.add((System.nanoTime() - t) / 1_000);
        }
        micros.sort(Long::compare);
        Matcher m = COUNT.matcher(first);
        System.out.printf(Locale.ROOT, "%-34s first %5d ms; p50 %6.1f ms, p99 %6.1f ms, max %6.1f ms (%d reads; %s items,"
                        + " %,d chars)%n", what, coldMs, micros.get(reads / 2) / 1e3, micros.get((int) (reads * 0.99)) / 1e3,
                micros.getLast() / 1e3, reads, m.find() ? m.group(1) : "?", first.length());
    }

    private String get(String cookie, String path) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + path + "?lang=en"))
                .header("Cookie", cookie).GET().build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException(path + ": " + r.statusCode());
        }
        return r.body();
    }

    /** A desk session cookie, signed in through the login form. */
    private String desk(String user) throws Exception {
        HttpResponse<String> form = http.send(HttpRequest.newBuilder(URI.create(base + "/login")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher csrf = CSRF.matcher(form.body());
        if (!csrf.find()) {
            throw new IllegalStateException("no CSRF token on the login form");
        }
        String body = "_csrf=" + enc(csrf.group(1)) + "&username=" + enc(user) + "&password=" + enc(PASSWORD);
        HttpResponse<String> login = http.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Cookie", cookie(form)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        return cookie(login);
    }

    private static String cookie(HttpResponse<?> r) {
        return String.join("; ", r.headers().allValues("Set-Cookie").stream().map(c -> c.split(";", 2)[0]).toList());
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
