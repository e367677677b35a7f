package org.repatria.bench.request;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
 * Times the desk's request pages over HTTP on a fresh embedded store: ua's 6,000-row request list (signed, relayed to
 * ru), ru's answers for 2,000 rows in one document (server-held key, relayed), then {@code /desk/requests} and the list's
 * page (figures, chart, the first 50 rows with their history) as ua and as the mediator. Prints the median and the
 * slowest of N reads each. Arguments: [rows] [answered] [reads].
 */
public final class RequestPagesBenchmark {
    private static final String PASSWORD = "correct horse battery";
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private final HttpClient http = HttpClient.newHttpClient();
    private final String base;

    private RequestPagesBenchmark(String base) {
        this.base = base;
    }

    public static void main(String[] args) throws Exception {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 6_000;
        int answered = args.length > 1 ? Integer.parseInt(args[1]) : 2_000;
        int reads = args.length > 2 ? Integer.parseInt(args[2]) : 30;
        Path dir = Files.createTempDirectory("repatria-request-pages");
        try (Store store = Store.embedded(dir)) {
            store.parties().add(new Party(new PartyId("ua"), "Україна", PartyKind.BELLIGERENT));
            store.parties().add(new Party(new PartyId("ru"), "Россия", PartyKind.BELLIGERENT));
            store.parties().add(new Party(new PartyId("tr"), "Türkiye", PartyKind.MEDIATOR));
            for (String[] a : new String[][] {{"ua-desk", "ua", "PARTY_DESK"}, {"ru-desk", "ru", "PARTY_DESK"},
                    {"mediator", "tr", "MEDIATOR"}}) {
                Seeding.addAccount(store, new Account(a[0], a[0], new PartyId(a[1]), Role.valueOf(a[2])), PASSWORD.toCharArray());
            }
            Server server = Server.start(ServerConfig.of(store).withPort(0));
            try {
                new RequestPagesBenchmark("http://localhost:" + server.port()).run(rows, answered, reads);
            } finally {
                server.stop();
            }
        }
    }

    private void run(int rows, int answered, int reads) throws Exception {
        String mediator = token("mediator");
        String ua = token("ua-desk");
        String ru = token("ru-desk");
        for (String party : List.of("ua", "ru")) {
            send(mediator, "POST", "/api/v1/parties/" + party + "/server-held-key", "", 201);
        }
        StringBuilder csv = new StringBuilder("id,surname,given_name,birth_date,category\n");
        for (int i = 1; i <= rows; i++) {
            csv.append(i).append(",Коваленко").append(i).append(",Іван,1990,POW\n");
        }
        long t0 = System.nanoTime();
        String imported = send(ua, "POST", "/api/v1/lists/import?title=bench&purpose=REQUEST&category=POW&sign=server-held",
                csv.toString(), 201);
        String list = field(imported, "id");
        send(mediator, "POST", "/api/v1/lists/" + list + "/relay", "{\"to\":\"ru\"}", 200);
        StringBuilder answers = new StringBuilder("row_id,status,date,place,surname,given_name,patronymic,note\n");
        String[] statuses = {"held", "located", "not-found", "deceased", "no-information"};
        for (int i = 1; i <= answered; i++) {
            answers.append(i).append(',').append(statuses[i % statuses.length]).append(",2025-07-01,Таганрог,,,,\n");
        }
        String sent = send(ru, "POST", "/api/v1/requests/" + list + "/answers/server-held-signature", "{\"content\":\""
                + Base64.getEncoder().encodeToString(answers.toString().getBytes(StandardCharsets.UTF_8)) + "\"}", 201);
        send(mediator, "POST", "/api/v1/documents/" + field(sent, "envelope_id") + "/relay", "", 201);
        System.out.printf("set-up (import %,d rows, answer %,d, relays): %d ms%n", rows, answered,
                (System.nanoTime() - t0) / 1_000_000);
        String[] uaDesk = desk("ua-desk");
        String[] mediatorDesk = desk("mediator");
        time("GET /desk/requests/{id} as ua", uaDesk, "/desk/requests/" + list + "?party=ru", reads);
        time("GET /desk/requests/{id}?status=held as ua", uaDesk, "/desk/requests/" + list + "?party=ru&status=held", reads);
        time("GET /desk/requests/{id} as the mediator", mediatorDesk, "/desk/requests/" + list + "?party=ru", reads);
        time("GET /desk/requests as ua", uaDesk, "/desk/requests", reads);
        // what the list's page calls, through the API: the rows and the chart
        String[] uaApi = {"", ua};
        time("  API rows (50) as ua", uaApi, "/api/v1/requests/" + list + "/rows?party=ru&limit=50", reads);
        time("  API rows (50) status=held as ua", uaApi, "/api/v1/requests/" + list + "/rows?party=ru&limit=50&status=held", reads);
        time("  API chart as ua", uaApi, "/api/v1/requests/" + list + "/chart?party=ru", reads);
        time("  API one list as ua", uaApi, "/api/v1/requests/" + list + "?party=ru", reads);
    }

    /** Times {@code reads} GETs of {@code path} with a desk cookie ({@code session[0]}) or else a bearer token ({@code session[1]}). */
    private void time(String what, String[] session, String path, int reads) throws Exception {
        List<Long> ms = new ArrayList<>();
        for (int i = 0; i < reads + 5; i++) {
            long t = System.nanoTime();
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).GET();
            if (session[0].isEmpty()) {
                b.header("Authorization", "Bearer " + session[1]);
            } else {
                b.header("Cookie", session[0]);
            }
            HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
            long took = (System.nanoTime() - t) / 1_000_000;
            if (r.statusCode() != 200) {
                throw new IllegalStateException(path + ": " + r.statusCode());
            }
            if (i >= 5) {
                ms.add(took);
            }
        }
        ms.sort(Long::compare);
        System.out.printf("%-45s median %4d ms, slowest %4d ms (%d reads after 5 warm-ups)%n", what, ms.get(ms.size() / 2),
                ms.getLast(), reads);
    }

    private String token(String user) throws IOException, InterruptedException {
        return field(send("", "POST", "/api/v1/auth/token", "{\"username\":\"" + user + "\",\"password\":\"" + PASSWORD
                + "\"}", 201), "token");
    }

    /** A desk session: the cookie and the CSRF token, signed in through the login form. */
    private String[] desk(String user) throws IOException, InterruptedException {
        HttpResponse<String> form = http.send(HttpRequest.newBuilder(URI.create(base + "/login")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        String body = "_csrf=" + enc(csrf(form.body())) + "&username=" + enc(user) + "&password=" + enc(PASSWORD);
        HttpResponse<String> login = http.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Cookie", cookie(form)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        return new String[] {cookie(login)};
    }

    private String send(String token, String method, String path, String body, int expected)
            throws IOException, InterruptedException {
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

    private static String cookie(HttpResponse<String> r) {
        return r.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("repatria_session="))
                .map(c -> c.substring(0, c.indexOf(';'))).findFirst().orElseThrow();
    }

    private static String csrf(String html) {
        Matcher m = CSRF.matcher(html);
        if (!m.find()) {
            throw new IllegalStateException("no CSRF token on the login page");
        }
        return m.group(1);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
