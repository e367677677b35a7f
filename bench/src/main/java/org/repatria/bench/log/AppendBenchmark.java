package org.repatria.bench.log;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.DriverManager;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.stream.Stream;
import org.repatria.core.document.DocumentType;
import org.repatria.core.document.EntryKind;
import org.repatria.core.document.EntryStatement;
import org.repatria.core.document.Envelope;
import org.repatria.core.document.KeyCustody;
import org.repatria.core.party.Party;
import org.repatria.core.party.PartyId;
import org.repatria.core.party.PartyKind;
import org.repatria.ledger.note.KeyType;
import org.repatria.ledger.note.NoteSigner;
import org.repatria.server.log.LogEntry;
import org.repatria.server.log.LogPosition;
import org.repatria.server.log.TransparencyLog;
import org.repatria.store.Store;
import org.repatria.store.log.LogEntries;
import org.repatria.store.log.StoredDocument;

/**
 * Durable appends per second through the server's log (group commit): signed submissions, each with a 1 KB document,
 * kept {@code inFlight} at a time; an append counts once its future completed, i.e. after its batch committed.
 * Usage: {@code AppendBenchmark [embedded|JDBC_URL] [appends] [inFlight]}; with a PostgreSQL URL it works in a new
 * schema and drops it afterwards.
 */
public final class AppendBenchmark {
    private static final PartyId UA = new PartyId("ua");

    private AppendBenchmark() {
    }

    /** Runs the benchmark and prints one line per figure. */
    public static void main(String[] args) throws Exception {
        String target = args.length > 0 ? args[0] : "embedded";
        int count = args.length > 1 ? Integer.parseInt(args[1]) : 50_000;
        int inFlight = args.length > 2 ? Integer.parseInt(args[2]) : 256;
        System.out.printf(Locale.ROOT, "JDK %s, %d cores, %s, %,d appends, %d in flight%n", Runtime.version(),
                Runtime.getRuntime().availableProcessors(), target.startsWith("jdbc:") ? "postgresql" : target, count, inFlight);
        NoteSigner key = NoteSigner.generate("ua-mod", KeyType.ED25519, new SecureRandom());
        List<LogEntry> entries = new ArrayList<>(count);
        List<StoredDocument> documents = new ArrayList<>(count);
        byte[] content = "x".repeat(1024).getBytes(StandardCharsets.UTF_8);
        long start = System.nanoTime();
        for (int i = 0; i < count; i++) {
            byte[] doc = (i + " ").concat(new String(content, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
            Envelope e = Envelope.of(DocumentType.PERSON_LIST, UA, List.of(new PartyId("ru")), doc,
                    Instant.parse("2025-06-02T10:00:00Z").plusSeconds(i), Optional.empty());
            entries.add(LogEntry.sign(new EntryStatement(EntryKind.SUBMITTED, UA, KeyCustody.OWN, e.time(), e), key));
            documents.add(new StoredDocument(e.id().hex(), e.text(), UA, doc));
        }
        System.out.printf(Locale.ROOT, "signed %,d entries in %.1f s (not timed below)%n", count, seconds(start));
        Path dir = Files.createTempDirectory("repatria-append-bench");
        String schema = "bench_" + Long.toHexString(System.nanoTime());
        try (Store store = target.startsWith("jdbc:") ? Store.connect(freshSchema(target, schema)) : Store.embedded(dir)) {
            store.parties().add(new Party(UA, "Україна", PartyKind.BELLIGERENT));
            store.parties().add(new Party(new PartyId("ru"), "Россия", PartyKind.BELLIGERENT));
            try (TransparencyLog log = TransparencyLog.open(store, Clock.systemUTC())) {
                Semaphore window = new Semaphore(inFlight);
                List<CompletableFuture<LogPosition>> all = new ArrayList<>(count);
                long writerCpu = SubmitBenchmark.Result.appenderCpuNanos();
                start = System.nanoTime();
                for (int i = 0; i < count; i++) {
                    window.acquire();
                    all.add(log.append(entries.get(i), Optional.of(documents.get(i))).whenComplete((ok, e) -> window.release()));
                }
                CompletableFuture.allOf(all.toArray(CompletableFuture[]::new)).join();
                double s = seconds(start);
                writerCpu = SubmitBenchmark.Result.appenderCpuNanos() - writerCpu;
                long commits = all.stream().map(d -> d.join().checkpoint().checkpoint().size()).distinct().count();
                System.out.printf(Locale.ROOT, "%,d durable appends in %.2f s: %,.0f appends/s (tree size %,d); the log's "
                                + "writer thread %.0f µs CPU per append, busy %.0f %% of the wall clock in CPU; %,d group "
                                + "commits of %.0f on average; load %.1f%n", count, s, count / s,
                        log.checkpoint().checkpoint().size(), writerCpu / 1e3 / count, writerCpu / 1e7 / s, commits,
                        (double) count / commits, java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                                .getSystemLoadAverage());
            }
        } finally {
            cleanUp(target, schema, dir);
        }
    }

    // Drops the run's schema (PostgreSQL) and deletes its temporary directory.
    static void cleanUp(String target, String schema, Path dir) throws Exception {
        if (target.startsWith("jdbc:")) {
            try (var c = DriverManager.getConnection(target); var st = c.createStatement()) {
                st.execute("DROP SCHEMA " + schema + " CASCADE");
            }
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    // A new schema for this run, so that the benchmark never touches existing tables.
    static String freshSchema(String url, String schema) throws Exception {
        try (var c = DriverManager.getConnection(url); var st = c.createStatement()) {
            st.execute("CREATE SCHEMA " + schema);
        }
        return url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }
}
