package org.repatria.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.DriverManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.repatria.core.document.DocumentType;
import org.repatria.core.document.EntryKind;
import org.repatria.core.document.EntryStatement;
import org.repatria.core.document.Envelope;
import org.repatria.core.document.KeyCustody;
import org.repatria.core.party.PartyId;
import org.repatria.ledger.checkpoint.SignedCheckpoint;
import org.repatria.ledger.note.KeyType;
import org.repatria.ledger.note.NoteSigner;
import org.repatria.server.Server;
import org.repatria.server.ServerConfig;
import org.repatria.server.log.LogEntry;
import org.repatria.server.log.LogPosition;
import org.repatria.server.log.TransparencyLog;
import org.repatria.store.Store;

/**
 * docs/operations/standby.md, run: a primary and a streaming standby made with {@code pg_basebackup -R}, both clusters
 * of this machine's PostgreSQL in a temporary directory; the log written on the primary reaches the standby; the primary
 * stops, the standby is promoted, and the server started on it serves the same checkpoint and appends after it.
 */
class StandbyPromotionTest {
    private static final PartyId UA = new PartyId("ua");
    private static final NoteSigner PARTY = NoteSigner.generate("ua-mod", KeyType.ED25519, new SecureRandom());
    private static final int ENTRIES = 120;

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void theServerStartsOnAPromotedStandbyWithTheLogIntact() throws Exception {
        Optional<Path> bin = LocalPostgres.binaries();
        if (bin.isEmpty()) {
            if ("true".equals(System.getenv("CI"))) {
                fail("no PostgreSQL binaries under /usr/lib/postgresql but CI=true: the standby test must run in CI");
            }
            Assumptions.abort("no PostgreSQL server binaries under /usr/lib/postgresql: the standby test is skipped");
        }
        long started = System.nanoTime();
        List<String> phases = new ArrayList<>();
        Path base = LocalPostgres.base();
        try (LocalPostgres primary = LocalPostgres.primary(bin.get(), base)) {
            try (var c = DriverManager.getConnection(primary.url("postgres")); var s = c.createStatement()) {
                s.execute("CREATE DATABASE repatria");
            }
            SignedCheckpoint last;
            phases.add(lap("primary", started));
            try (LocalPostgres standby = LocalPostgres.standbyOf(primary)) {
                phases.add(lap("standby", started));
                try (Store store = Store.connect(primary.url("repatria"));
                     TransparencyLog log = TransparencyLog.open(store, Clock.systemUTC())) {
                    append(log, 0, ENTRIES); // after the base backup: these reach the standby by streaming only
                    last = log.checkpoint();
                }
                phases.add(lap("log written", started));
                awaitReplayed(standby, last.checkpoint().size());
                phases.add(lap("replayed", started));
                primary.stop(); // the primary is lost
                standby.promote();
                phases.add(lap("promoted", started));
                try (Store store = Store.connect(standby.url("repatria"))) {
                    Server server = Server.start(ServerConfig.of(store).withHost("127.0.0.1").withPort(0));
                    try {
                        byte[] served = get("http://127.0.0.1:" + server.port() + "/log/checkpoint");
                        assertThat(served).isEqualTo(last.encoded());
                    } finally {
                        server.stop();
                    }
                    phases.add(lap("served", started));
                    try (TransparencyLog log = TransparencyLog.open(store, Clock.systemUTC())) {
                        assertThat(log.root(last.checkpoint().size())).isEqualTo(last.checkpoint().root());
                        assertThat(log.append(entry(ENTRIES), Optional.empty()).get().index()).isEqualTo(ENTRIES);
                    }
                }
            }
        } finally {
            deleteTree(base);
        }
        System.out.printf("standby: %d log entries streamed to the standby, promoted, the server served the same"
                + " checkpoint and appended after it; %.1f s in all (%s)%n", ENTRIES, (System.nanoTime() - started) / 1e9,
                String.join(", ", phases));
    }

    private static String lap(String phase, long started) {
        return String.format("%s at %.1f s", phase, (System.nanoTime() - started) / 1e9);
    }

    // Polls the standby (a hot standby answers reads) until it replayed the log's entries; bounded by the test's timeout.
    private static void awaitReplayed(LocalPostgres standby, long size) throws Exception {
        try (var c = DriverManager.getConnection(standby.url("repatria")); var s = c.createStatement()) {
            while (true) {
                try (var rs = s.executeQuery("SELECT COUNT(*) FROM log_entries")) {
                    rs.next();
                    if (rs.getLong(1) == size) {
                        return;
                    }
                } catch (java.sql.SQLException notYet) {
                    // the table itself may not have been replayed yet
                }
                Thread.sleep(50);
            }
        }
    }

    private static byte[] get(String url) throws Exception {
        HttpResponse<byte[]> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(r.statusCode()).isEqualTo(200);
        return r.body();
    }

    private static void append(TransparencyLog log, int from, int count) throws Exception {
        List<CompletableFuture<LogPosition>> done = new ArrayList<>();
        for (int i = from; i < from + count; i++) {
            done.add(log.append(entry(i), Optional.empty()));
        }
        CompletableFuture.allOf(done.toArray(CompletableFuture[]::new)).get();
    }

    private static LogEntry entry(int i) {
        Envelope e = Envelope.of(DocumentType.MEMORANDUM, UA, List.of(new PartyId("ru")),
                ("memo " + i).getBytes(StandardCharsets.UTF_8), Instant.parse("2025-06-02T09:00:00Z").plusSeconds(i),
                Optional.empty());
        return LogEntry.sign(new EntryStatement(EntryKind.SUBMITTED, UA, KeyCustody.OWN, e.time(), e), PARTY);
    }

    private static void deleteTree(Path dir) throws Exception {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
