package org.repatria.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * An acknowledged list survives {@code kill -9} of the process that stored it, and no list is ever
 * half-written: a child JVM ({@link CrashWriter}) stores lists and acknowledges each; the test kills
 * it at a seeded-random moment, reopens the store and checks every list in it.
 * Tunable by hand: {@code -Drepatria.crash.iterations=N -Drepatria.crash.seed=S
 * -Drepatria.crash.engines=embedded,h2}; the engine comparison is {@link EngineComparison}.
 */
class CrashTest {
    static final int ITERATIONS = Integer.getInteger("repatria.crash.iterations", 3);
    static final long SEED = Long.getLong("repatria.crash.seed", 20250602L);
    /** List numbers of iteration i start at i times this, so iterations never reuse an id. */
    static final long PER_ITERATION = 1_000_000L;

    static List<String> engines() {
        List<String> engines = new ArrayList<>(List.of(System.getProperty("repatria.crash.engines", "embedded").split(",")));
        if (TestEngine.engines().contains(TestEngine.POSTGRESQL)) {
            engines.add("postgresql");
        }
        return engines;
    }

    @ParameterizedTest
    @MethodSource("engines")
    void everyAcknowledgedListSurvivesKillNineWithAllItsRows(String engine, @TempDir Path dir) throws Exception {
        Random random = new Random(SEED);
        try (TestEngine.TestDatabase db = engine.equals("postgresql") ? TestEngine.POSTGRESQL.open(dir) : null) {
            String url = db == null ? "" : db.url();
            try (Store setup = db == null ? CrashWriter.open(engine, dir) : Store.connect(url)) {
                People.addParties(setup);
            }
            TreeSet<Long> acked = new TreeSet<>();
            for (int i = 0; i < ITERATIONS; i++) {
                acked.addAll(CrashRun.runAndKill(db == null ? engine : "url", dir, url, i * PER_ITERATION,
                        1 + random.nextInt(3), random.nextInt(40)));
                try (Store store = db == null ? CrashWriter.open(engine, dir) : Store.connect(url)) {
                    assertThat(CrashRun.problems(store, acked))
                            .as("engine %s, seed %d (-Drepatria.crash.seed), iteration %d", engine, SEED, i).isEmpty();
                }
            }
            assertThat(acked).as("lists acknowledged over %d crashes", ITERATIONS).hasSizeGreaterThanOrEqualTo(ITERATIONS);
        }
    }
}
