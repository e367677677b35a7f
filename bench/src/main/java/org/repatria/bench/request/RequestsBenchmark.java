package org.repatria.bench.request;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import java.util.stream.Stream;
import org.repatria.core.account.Account;
import org.repatria.core.account.Role;
import org.repatria.core.document.Digest;
import org.repatria.core.document.DocumentType;
import org.repatria.core.document.EntryKind;
import org.repatria.core.document.EntryStatement;
import org.repatria.core.document.Envelope;
import org.repatria.core.document.KeyCustody;
import org.repatria.core.list.ListHeader;
import org.repatria.core.list.ListId;
import org.repatria.core.list.ListPurpose;
import org.repatria.core.list.PersonList;
import org.repatria.core.party.Party;
import org.repatria.core.party.PartyId;
import org.repatria.core.party.PartyKind;
import org.repatria.core.person.Category;
import org.repatria.core.person.PartialDate;
import org.repatria.core.person.Person;
import org.repatria.core.person.PersonName;
import org.repatria.core.person.Sex;
import org.repatria.core.request.RowAnswer;
import org.repatria.core.request.RowStatus;
import org.repatria.ledger.note.KeyType;
import org.repatria.ledger.note.NoteSigner;
import org.repatria.lists.answers.AnswersCsv;
import org.repatria.server.Seeding;
import org.repatria.server.Server;
import org.repatria.server.ServerConfig;
import org.repatria.server.log.LogEntry;
import org.repatria.store.Store;

/**
 * The requests page of a request list of {@code rows} persons (default 6,000) through the real server (embedded store,
 * loopback HTTP, bearer token): {@code GET /api/v1/requests} and {@code GET /api/v1/requests/{id}/rows}, after the
 * requested side answered every row in one signed answers document ({@code POST /api/v1/requests/{id}/answers}: the
 * canonical answers read, every row checked against the list, the signature checked, the log append with the answer
 * rows in one commit), timed too. Usage: {@code RequestsBenchmark [rows] [runs]}.
 */
public final class RequestsBenchmark {
    private static final PartyId UA = new PartyId("ua");
    private static final PartyId RU = new PartyId("ru");
    private static final PartyId TR = new PartyId("tr");
    private static final String PASSWORD = "bench password 2025";
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private RequestsBenchmark() {
    }

    /** Runs the benchmark and prints one line per figure. */
    public static void main(String[] args) throws Exception {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 6_000;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        System.out.printf(Locale.ROOT, "JDK %s, %d cores, %,d rows, %d runs after warm-up%n", Runtime.version(),
                Runtime.getRuntime().availableProcessors(), rows, runs);
        Path dir = Files.createTempDirectory("repatria-requests-bench");
        try (Store store = Store.embedded(dir)) {
            store.parties().add(new Party(UA, "Україна", PartyKind.BELLIGERENT));
            store.parties().add(new Party(RU, "Россия", PartyKind.BELLIGERENT));
            store.parties().add(new Party(TR, "Türkiye", PartyKind.MEDIATOR));
            for (Account a : List.of(new Account("ua.desk", "ua", UA, Role.PARTY_DESK),
                    new Account("ru.desk", "ru", RU, Role.PARTY_DESK), new Account("tr.mediator", "tr", TR, Role.MEDIATOR))) {
                Seeding.addAccount(store, a, PASSWORD.toCharArray());
            }
            Server server = Server.start(ServerConfig.of(store).withHost("127.0.0.1").withPort(0));
            try {
                run(server.port(), store, rows, runs);
            } finally {
                server.stop();
            }
        } finally {
            try (Stream<Path> walk = Files.walk(dir)) {
                walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static void run(int port, Store store, int rows, int runs) throws Exception {
        String base = "http://127.0.0.1:" + port;
        String ua = token(base, "ua.desk");
        String ru = token(base, "ru.desk");
        String tr = token(base, "tr.mediator");
        ListId id = requestList(store, rows);
        send(base, tr, "POST", "/api/v1/parties/ua/server-held-key", "", 201);
        send(base, ua, "POST", "/api/v1/lists/" + id + "/document", "{\"custody\":\"server-held\"}", 201);
        send(base, tr, "POST", "/api/v1/lists/" + id + "/relay", "{\"to\":\"ru\"}", 200);
        String listEnvelope = store.lists().envelopeId(id).orElseThrow();
        NoteSigner key = NoteSigner.generate("ru-desk", KeyType.ED25519, new SecureRandom());
        send(base, tr, "POST", "/api/v1/parties/ru/keys", "{\"vkey\":\"" + key.verifier().encoded() + "\"}", 201);

        long[] answering = new long[4];
        String first = null;
        for (int round = 0; round < answering.length; round++) {
            String body = answers(rows, round, key, listEnvelope);
            long start = System.nanoTime();
            String reply = send(base, ru, "POST", "/api/v1/requests/" + id + "/answers", body, 201);
            answering[round] = System.nanoTime() - start;
            first = first == null ? reply.replaceAll("(?s).*\"envelope_id\":\"([0-9a-f]+)\".*", "$1") : first;
            Thread.sleep(1100); // a new second, so the next document's envelope differs in time too
        }
        System.out.printf(Locale.ROOT, "answering %,d rows in one document (POST, incl. signature check and log append):"
                + " first %.0f ms (rows inserted), then %s ms (rows superseded)%n", rows, answering[0] / 1e6,
                Arrays.stream(answering).skip(1).mapToObj(n -> String.format(Locale.ROOT, "%.0f", n / 1e6)).toList());
        send(base, tr, "POST", "/api/v1/documents/" + first + "/relay", "", 201);

        time(base, ua, "GET /api/v1/requests (requesting side)", "/api/v1/requests", runs);
        time(base, ru, "GET /api/v1/requests (requested side)", "/api/v1/requests", runs);
        time(base, tr, "GET /api/v1/requests (mediator)", "/api/v1/requests", runs);
        time(base, ua, "GET .../rows?limit=50 (requesting side)", "/api/v1/requests/" + id + "/rows?limit=50", runs);
        time(base, ru, "GET .../rows?limit=500 (requested side)", "/api/v1/requests/" + id + "/rows?limit=500", runs);
        time(base, ru, "GET .../rows?status=held&offset=500&limit=500", "/api/v1/requests/" + id
                + "/rows?status=held&offset=500&limit=500", runs);
        time(base, ua, "GET .../chart?step=day (requesting side)", "/api/v1/requests/" + id + "/chart?step=day", runs);
    }

    private static ListId requestList(Store store, int rows) {
        ListId id = new ListId(UUID.nameUUIDFromBytes("requests-bench".getBytes(StandardCharsets.UTF_8)));
        Random random = new Random(20250602L);
        String[] surnames = {"Коваленко", "Шевченко", "Бондаренко", "Ткаченко", "Мельник", "Кравченко", "Олійник"};
        List<Person> persons = new ArrayList<>(rows);
        for (int i = 1; i <= rows; i++) {
            persons.add(new Person(String.valueOf(i), new PersonName(surnames[random.nextInt(surnames.length)],
                    "Іван", "Петрович"), new PersonName("", "", ""), Sex.MALE,
                    PartialDate.parseIso(String.valueOf(1960 + random.nextInt(45))), "", "MI-" + (100_000 + i), "", "",
                    Category.POW));
        }
        store.lists().add(new PersonList(new ListHeader(id, UA, ListPurpose.REQUEST, Category.POW, "requests bench",
                Instant.now().minusSeconds(3600), rows), persons));
        return id;
    }

    /** The signed answers document answering every row (statuses spread, seeded), as the request's JSON body. */
    private static String answers(int rows, int round, NoteSigner key, String listEnvelope) {
        RowStatus[] statuses = RowStatus.answers().toArray(RowStatus[]::new);
        Random random = new Random(round);
        List<RowAnswer> answers = new ArrayList<>(rows);
        for (int i = 1; i <= rows; i++) {
            answers.add(new RowAnswer(String.valueOf(i), statuses[random.nextInt(statuses.length)],
                    PartialDate.parseIso("2025-0" + (1 + random.nextInt(9))), "Колонія №" + random.nextInt(20),
                    new PersonName("", "", ""), "round " + round));
        }
        byte[] content = AnswersCsv.write(answers);
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Envelope e = Envelope.of(DocumentType.ANSWERS, RU, List.of(UA), content, now, Optional.of(Digest.parseHex(listEnvelope)));
        LogEntry entry = LogEntry.sign(new EntryStatement(EntryKind.SUBMITTED, RU, KeyCustody.OWN, now, e), key);
        return "{\"entry\":" + quote(new String(entry.encoded(), StandardCharsets.UTF_8)) + ",\"content\":\""
                + Base64.getEncoder().encodeToString(content) + "\"}";
    }

    private static void time(String base, String token, String what, String path, int runs) throws Exception {
        for (int i = 0; i < Math.max(5, runs / 3); i++) {
            send(base, token, "GET", path, "", 200);
        }
        long[] ms = new long[runs];
        int bytes = 0;
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            bytes = send(base, token, "GET", path, "", 200).length();
            ms[i] = System.nanoTime() - start;
        }
        Arrays.sort(ms);
        System.out.printf(Locale.ROOT, "%-52s median %6.1f ms, p90 %6.1f ms, best %6.1f ms (%,d chars)%n", what,
                ms[runs / 2] / 1e6, ms[(int) (runs * 0.9)] / 1e6, ms[0] / 1e6, bytes);
    }

    private static String token(String base, String username) throws Exception {
        String reply = send(base, null, "POST", "/api/v1/auth/token", "{\"username\":\"" + username + "\",\"password\":\""
                + PASSWORD + "\"}", 201);
        return reply.replaceAll("(?s).*\"token\":\"([^\"]+)\".*", "$1");
    }

    private static String send(String base, String token, String method, String path, String body, int expected)
            throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/json")
                .method(method, method.equals("GET") ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        HttpResponse<String> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != expected) {
            throw new IllegalStateException(method + " " + path + ": " + r.statusCode() + " " + r.body());
        }
        return r.body();
    }

    private static String quote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
    }
}
