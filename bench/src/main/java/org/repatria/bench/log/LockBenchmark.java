package org.repatria.bench.log;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import org.repatria.store.LogHeldException;
import org.repatria.store.Store;

/**
 * What the one-writer lock costs: at start, the time to take a database's log-writer lock and the time for a second
 * store to be refused it (naming the holder), over {@code rounds} fresh pairs of stores on one database; and on every
 * append, the check that the lock is still held (a claim by the store that holds it).
 * Usage: {@code LockBenchmark [embedded|JDBC_URL] [rounds]}; with a PostgreSQL URL it works in a new schema and drops
 * it afterwards.
 */
public final class LockBenchmark {
    private static final int CHECKS = 20;

    private LockBenchmark() {
    }

    /** Runs the benchmark and prints one line per figure. */
    public static void main(String[] args) throws Exception {
        String target = args.length > 0 ? args[0] : "embedded";
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        boolean pg = target.startsWith("jdbc:");
        Path dir = Files.createTempDirectory("repatria-lock-bench");
        String schema = "bench_" + Long.toHexString(System.nanoTime());
        String url = pg ? AppendBenchmark.freshSchema(target, schema) : "";
        long[] take = new long[rounds];
        long[] refuse = new long[rounds];
        long[] check = new long[rounds * CHECKS];
        try {
            for (int i = 0; i < rounds; i++) {
                try (Store first = pg ? Store.connect(url) : Store.embedded(dir);
                     Store second = pg ? Store.connect(url) : Store.embedded(dir)) {
                    long start = System.nanoTime();
                    first.log().claimWriter();
                    take[i] = System.nanoTime() - start;
                    start = System.nanoTime();
                    try {
                        second.log().claimWriter();
                        throw new IllegalStateException("a second store was granted the log: the lock does not hold");
                    } catch (LogHeldException refused) {
                        refuse[i] = System.nanoTime() - start;
                    }
                    for (int c = 0; c < CHECKS; c++) {
                        start = System.nanoTime();
                        first.log().claimWriter();
                        check[i * CHECKS + c] = System.nanoTime() - start;
                    }
                }
            }
        } finally {
            AppendBenchmark.cleanUp(target, schema, dir);
        }
        System.out.printf(Locale.ROOT, "JDK %s, %d cores, %s, %d rounds%n", Runtime.version(),
                Runtime.getRuntime().availableProcessors(), pg ? "postgresql" : target, rounds);
        System.out.println("take the lock:  " + spread(take));
        System.out.println("refused a lock: " + spread(refuse));
        System.out.println("still held?:    " + spread(check));
    }

    private static String spread(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return String.format(Locale.ROOT, "median %.3f ms, 90th percentile %.3f ms, max %.1f ms",
                sorted[sorted.length / 2] / 1e6, sorted[sorted.length * 9 / 10] / 1e6, sorted[sorted.length - 1] / 1e6);
    }
}
