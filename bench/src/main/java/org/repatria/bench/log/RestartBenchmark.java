package org.repatria.bench.log;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Clock;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Semaphore;
import org.repatria.core.party.Party;
import org.repatria.core.party.PartyKind;
import org.repatria.server.log.TransparencyLog;
import org.repatria.store.Store;

/**
 * A cold restart of the log: {@code fill} appends N submissions (each with a 256-byte document) through the
 * server's own append path; {@code open}, run in a fresh JVM, times opening the store and the log until it is ready to
 * append, and prints the heap it took. {@code drop} removes a PostgreSQL benchmark schema.
 * Usage: {@code RestartBenchmark fill DIR|JDBC_URL N}, {@code RestartBenchmark open DIR|JDBC_URL},
 * {@code RestartBenchmark drop JDBC_URL}; with a PostgreSQL URL the log lives in schema {@code bench_restart}.
 */
public final class RestartBenchmark {
    private static final String SCHEMA = "bench_restart";
    // Two full group commits waiting: the fill is bounded by fsyncs, so batches are kept at their largest.
    private static final int IN_FLIGHT = 8192;

    private RestartBenchmark() {
    }

    /** Runs one step and prints one line per figure. */
    public static void main(String[] args) throws Exception {
        String mode = args[0];
        String target = args[1];
        System.out.printf(Locale.ROOT, "JDK %s, %d cores, max heap %d MiB, %s %s%n", Runtime.version(),
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20, mode, target);
        switch (mode) {
            case "fill" -> fill(target, Integer.parseInt(args[2]));
            case "open" -> open(target);
            case "drop" -> sql(target, "DROP SCHEMA " + SCHEMA + " CASCADE");
            default -> throw new IllegalArgumentException("mode is fill, open or drop, not " + mode);
        }
    }

    private static void fill(String target, int count) throws Exception {
        if (target.startsWith("jdbc:")) {
            sql(target, "CREATE SCHEMA " + SCHEMA);
        }
        Submissions submissions = new Submissions(20250602L);
        long start = System.nanoTime();
        try (Store store = store(target)) {
            store.parties().add(new Party(Submissions.UA, "Україна", PartyKind.BELLIGERENT));
            store.parties().add(new Party(Submissions.RU, "Россия", PartyKind.BELLIGERENT));
            try (TransparencyLog log = TransparencyLog.open(store, Clock.systemUTC())) {
                Semaphore window = new Semaphore(IN_FLIGHT);
                ConcurrentLinkedQueue<Throwable> failures = new ConcurrentLinkedQueue<>();
                CompletableFuture<?> last = CompletableFuture.completedFuture(null);
                for (int i = 0; i < count; i++) {
                    window.acquire();
                    last = submissions.append(log, i).whenComplete((ok, e) -> {
                        if (e != null) {
                            failures.add(e);
                        }
                        window.release();
                    });
                    if (i % 100_000 == 99_999) {
                        System.out.printf(Locale.ROOT, "  %,d queued after %.1f s%n", i + 1, seconds(start));
                    }
                }
                window.acquire(IN_FLIGHT);
                last.join();
                if (!failures.isEmpty()) {
                    throw new IllegalStateException(failures.size() + " appends failed", failures.peek());
                }
                System.out.printf(Locale.ROOT, "filled %,d entries (appended) in %.1f s; tree size %,d%n", count,
                        seconds(start), log.checkpoint().checkpoint().size());
            }
        }
    }

    private static void open(String target) {
        long start = System.nanoTime();
        try (Store store = store(target)) {
            double opened = seconds(start);
            try (TransparencyLog log = TransparencyLog.open(store, Clock.systemUTC())) {
                double ready = seconds(start);
                long peak = heapPeak();
                System.gc();
                long retained = heapUsed();
                System.out.printf(Locale.ROOT, "store open in %.2f s; log of %,d entries ready in %.2f s (tree %.2f s); "
                                + "heap peak %d MiB (sum of pool peaks), %d MiB live after GC%n", opened,
                        log.checkpoint().checkpoint().size(), ready, ready - opened, peak >> 20, retained >> 20);
            }
        }
    }

    private static Store store(String target) {
        return target.startsWith("jdbc:") ? Store.connect(target + (target.contains("?") ? "&" : "?") + "currentSchema="
                + SCHEMA) : Store.embedded(Path.of(target));
    }

    private static long heapPeak() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    }

    private static long heapUsed() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .map(MemoryPoolMXBean::getUsage).mapToLong(u -> u.getUsed()).sum();
    }

    private static void sql(String url, String statement) throws Exception {
        try (var c = DriverManager.getConnection(url); var st = c.createStatement()) {
            st.execute(statement);
        }
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }
}
