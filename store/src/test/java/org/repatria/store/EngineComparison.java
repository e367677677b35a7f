package org.repatria.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Supplier;
import org.repatria.core.list.PersonList;
import org.repatria.store.list.RowQuery;
import org.repatria.store.list.RowSort;

/**
 * The measurements behind docs/decisions/0010-embedded-engine.md, run by hand (not in verify):
 * crash safety under SIGKILL and write/read speed, per engine. Arguments: iterations (default 30),
 * seed (default 20250602), engines (default embedded,sqlite-normal,h2,h2-nodelay, plus postgresql
 * when REPATRIA_TEST_PG_URL is set).
 */
public final class EngineComparison {
    private EngineComparison() {
    }

    public static void main(String[] args) throws Exception {
        int iterations = args.length > 0 ? Integer.parseInt(args[0]) : 30;
        long seed = args.length > 1 ? Long.parseLong(args[1]) : 20250602L;
        List<String> engines = new ArrayList<>(Arrays.asList((args.length > 2 ? args[2] : "embedded,sqlite-normal,h2,h2-nodelay").split(",")));
        if (TestEngine.pgUrl() != null && args.length <= 2) {
            engines.add("postgresql");
        }
        System.out.println("| engine | crashes | crashes losing an acknowledged list | half-written lists | store unreadable after crash"
                + " | writer failed to start | lists acknowledged | 6,000-row list (ms, median of 10) | 1-row lists per s"
                + " | 10,000-row list: filtered, sorted page (ms, median of 20) |");
        System.out.println("|---|---|---|---|---|---|---|---|---|---|");
        for (String engine : engines) {
            System.out.println(row(engine, iterations, seed));
        }
    }

    private static String row(String engine, int iterations, long seed) throws Exception {
        Random random = new Random(seed);
        int losing = 0;
        int halfWritten = 0;
        int unreadable = 0;
        int writerFailed = 0;
        int acked = 0;
        for (int i = 0; i < iterations; i++) {
            Path dir = Files.createTempDirectory("repatria-crash-");
            try (Target target = Target.of(engine, dir)) {
                try (Store setup = target.open()) {
                    People.addParties(setup);
                }
                List<Long> acks;
                try {
                    acks = CrashRun.runAndKill(target.childEngine(), dir, target.url(), 0, 1 + random.nextInt(5), random.nextInt(40));
                } catch (IllegalStateException e) {
                    writerFailed++;
                    System.err.println(engine + " iteration " + i + ": " + e.getMessage());
                    continue;
                }
                acked += acks.size();
                try (Store store = target.open()) {
                    List<String> problems = CrashRun.problems(store, acks);
                    losing += problems.stream().anyMatch(p -> p.startsWith("acknowledged")) ? 1 : 0;
                    halfWritten += (int) problems.stream().filter(p -> !p.startsWith("acknowledged")).count();
                } catch (StoreException e) {
                    unreadable++;
                    System.err.println(engine + " iteration " + i + ": " + e.getMessage());
                }
            }
        }
        Path dir = Files.createTempDirectory("repatria-speed-");
        try (Target target = Target.of(engine, dir); Store store = target.open()) {
            People.addParties(store);
            return String.format(Locale.ROOT, "| %s | %d | %d | %d | %d | %d | %d | %.0f | %.0f | %.1f |", engine, iterations,
                    losing, halfWritten, unreadable, writerFailed, acked,
                    bigListMillis(store), smallListsPerSecond(store), pageMillis(store));
        }
    }

    private static double bigListMillis(Store store) {
        store.lists().add(SyntheticLists.generate(-1, People.UA, People.T0, 6_000));
        long[] seeds = {-2, -3, -4, -5, -6, -7, -8, -9, -10, -11};
        return median(seeds.length, k -> () -> store.lists().add(SyntheticLists.generate(seeds[k], People.UA, People.T0, 6_000)));
    }

    private static double smallListsPerSecond(Store store) {
        int lists = 200;
        long start = System.nanoTime();
        for (int i = 0; i < lists; i++) {
            store.lists().add(SyntheticLists.generate(1_000 + i, People.RU, People.T0, 1));
        }
        return lists / ((System.nanoTime() - start) / 1e9);
    }

    private static double pageMillis(Store store) {
        PersonList big = SyntheticLists.generate(-100, People.UA, People.T0, 10_000);
        store.lists().add(big);
        RowQuery query = new RowQuery("ков", RowSort.SURNAME, true, 500, 50);
        return median(20, k -> () -> store.lists().rows(big.header().id(), query));
    }

    private static double median(int runs, java.util.function.IntFunction<Runnable> work) {
        double[] millis = new double[runs];
        for (int k = 0; k < runs; k++) {
            long start = System.nanoTime();
            work.apply(k).run();
            millis[k] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(millis);
        return millis[runs / 2];
    }

    /** Where one measurement runs: an embedded engine in a directory, or a fresh PostgreSQL schema. */
    private record Target(String childEngine, String url, Supplier<Store> opener, AutoCloseable cleanup) implements AutoCloseable {
        static Target of(String engine, Path dir) {
            if (!engine.equals("postgresql")) {
                return new Target(engine, "", () -> CrashWriter.open(engine, dir), () -> delete(dir));
            }
            TestEngine.TestDatabase db = TestEngine.POSTGRESQL.open(dir);
            db.store().close();
            return new Target("url", db.url(), () -> Store.connect(db.url()), () -> {
                TestEngine.sql(db.baseUrl(), "DROP SCHEMA " + db.schema() + " CASCADE");
                delete(dir);
            });
        }

        Store open() {
            return opener.get();
        }

        @Override
        public void close() throws Exception {
            cleanup.close();
        }

        private static void delete(Path dir) throws IOException {
            try (var paths = Files.walk(dir)) {
                for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }
}
