package org.repatria.bench.cta;

import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.repatria.core.account.Account;
import org.repatria.core.account.Role;
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
import org.repatria.server.Seeding;
import org.repatria.server.Server;
import org.repatria.server.ServerConfig;
import org.repatria.store.Store;

/**
 * Times {@code GET /api/v1/cta/export} over HTTP on a fresh embedded store: ua holds {@code rows} prisoners in holding
 * lists of 100,000 (the import's own limit), stored directly; each export is read to its end, counting bytes. Prints
 * the time to the first byte and to the last, the median and the slowest of N exports after one warm-up.
 * Arguments: [rows] [exports].
 */
public final class CtaExportBenchmark {
    private static final String PASSWORD = "correct horse battery";
    private static final Pattern TOKEN = Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"");

    private CtaExportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 200_000;
        int exports = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        Path dir = Files.createTempDirectory("repatria-cta-export");
        try (Store store = Store.embedded(dir)) {
            PartyId ua = new PartyId("ua");
            store.parties().add(new Party(ua, "Україна", PartyKind.BELLIGERENT));
            store.parties().add(new Party(new PartyId("tr"), "Türkiye", PartyKind.MEDIATOR));
            Seeding.addAccount(store, new Account("ua-desk", "ua-desk", ua, Role.PARTY_DESK), PASSWORD.toCharArray());
            long t0 = System.nanoTime();
            for (int from = 0; from < rows; from += 100_000) {
                seed(store, ua, from, Math.min(rows, from + 100_000));
            }
            System.out.printf("set-up: %,d rows stored in %d ms%n", rows, (System.nanoTime() - t0) / 1_000_000);
            Server server = Server.start(ServerConfig.of(store).withPort(0));
            try {
                run("http://localhost:" + server.port(), exports);
            } finally {
                server.stop();
            }
        }
    }

    private static void seed(Store store, PartyId ua, int from, int to) {
        ListId id = new ListId(UUID.nameUUIDFromBytes(("cta bench " + from).getBytes(StandardCharsets.UTF_8)));
        List<Person> persons = new ArrayList<>(to - from);
        for (int i = from; i < to; i++) {
            persons.add(new Person(Integer.toString(i + 1), new PersonName("Коваленко" + i, "Іван", "Петрович"),
                    new PersonName("Kovalenko" + i, "Ivan", "Petrovych"), Sex.MALE, PartialDate.parseIso(1960 + i % 40 + "-03"),
                    "Харків", "MI-" + (100_000 + i), "солдат", "unit " + i % 90, Category.POW));
        }
        store.lists().add(new PersonList(new ListHeader(id, ua, ListPurpose.HOLDING, Category.POW, "bench " + from,
                Instant.parse("2025-06-02T09:00:00Z").plusSeconds(from), persons.size()), persons));
    }

    private static void run(String base, int exports) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> auth = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/auth/token"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(
                        "{\"username\":\"ua-desk\",\"password\":\"" + PASSWORD + "\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher m = TOKEN.matcher(auth.body());
        if (!m.find()) {
            throw new IllegalStateException("no token: " + auth.body());
        }
        List<Long> first = new ArrayList<>();
        List<Long> last = new ArrayList<>();
        for (int i = 0; i <= exports; i++) {
            long t = System.nanoTime();
            HttpResponse<InputStream> r = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/cta/export"))
                    .header("Authorization", "Bearer " + m.group(1)).GET().build(), HttpResponse.BodyHandlers.ofInputStream());
            long bytes;
            long firstByte;
            try (InputStream in = r.body()) {
                int b = in.read();
                firstByte = System.nanoTime() - t;
                bytes = (b < 0 ? 0 : 1) + in.transferTo(java.io.OutputStream.nullOutputStream());
            }
            long took = System.nanoTime() - t;
            if (r.statusCode() != 200) {
                throw new IllegalStateException("export: " + r.statusCode());
            }
            System.out.printf("export %d: %,d bytes, first byte %d ms, last byte %d ms%n", i, bytes, firstByte / 1_000_000,
                    took / 1_000_000);
            if (i > 0) {
                first.add(firstByte / 1_000_000);
                last.add(took / 1_000_000);
            }
        }
        first.sort(Long::compare);
        last.sort(Long::compare);
        System.out.printf("GET /api/v1/cta/export: first byte median %d ms; whole export median %d ms, slowest %d ms"
                + " (%d exports after 1 warm-up)%n", first.get(first.size() / 2), last.get(last.size() / 2), last.getLast(),
                exports);
    }
}
