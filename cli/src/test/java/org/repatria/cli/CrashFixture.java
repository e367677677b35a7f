package org.repatria.cli;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.repatria.demo.DemoAccount;
import org.repatria.demo.Scenario;
import org.repatria.ledger.note.NoteVerifier;
import org.repatria.server.DemoScenario;

/**
 * What the real-process (kill -9) tests share, registered with {@code @RegisterExtension}: a directory of their own
 * for the data and the servers' logs, the database of the engine under test (the embedded one, or a fresh PostgreSQL
 * schema dropped afterwards), the demo started on it, sign-in as a demo account, and the log a server serves.
 */
final class CrashFixture implements BeforeEachCallback, AfterEachCallback {
    /** Schemas made by this JVM, with the URL that reaches the database; dropped after each test. */
    private static final Map<String, String> CREATED = new ConcurrentHashMap<>();

    private Path dir;
    private String db = "";

    @Override
    public void beforeEach(ExtensionContext context) throws IOException {
        dir = Files.createTempDirectory("repatria-crash");
    }

    @Override
    public void afterEach(ExtensionContext context) throws Exception {
        dropCreatedSchemas();
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        }
    }

    /**
     * Chooses the database for {@code engine}: "embedded", or "postgresql" (a fresh schema; skips, or fails under CI,
     * when REPATRIA_TEST_PG_URL is not set). Returns this fixture.
     */
    CrashFixture on(String engine) throws Exception {
        db = engine.equals("embedded") ? "" : freshPostgresSchema();
        return this;
    }

    /** The database's JDBC URL; empty for the embedded one (under {@link #data()}). */
    String db() {
        return db;
    }

    /** The embedded database's directory. */
    Path data() {
        return dir.resolve("data");
    }

    /** A file in this test's directory, e.g. a server's log. */
    Path file(String name) {
        return dir.resolve(name);
    }

    /** Starts {@code repatria demo --port 0} on the database, its standard error appended to {@code server.log}. */
    ChildServer startDemo() throws IOException {
        return ChildServer.startDemo(data(), db, file("server.log"));
    }

    /** Signs in to {@code server} as the demo account {@code username}. */
    ApiClient signIn(ChildServer server, String username) throws IOException, InterruptedException {
        return ApiClient.signIn(server.base(), username, password(username));
    }

    /** A client of the log {@code server} serves. */
    LogClient log(ChildServer server) {
        return new LogClient(server.base() + "log/", Duration.ofSeconds(30));
    }

    /** The verifier key the log at {@code log} publishes. */
    NoteVerifier logKey(LogClient log) {
        return NoteVerifier.parse(new String(log.fetch("vkey").orElseThrow(), StandardCharsets.UTF_8));
    }

    private static String password(String username) {
        return Scenario.accounts(DemoScenario.SEED).stream().filter(a -> a.account().username().equals(username))
                .map(DemoAccount::password).findFirst().orElseThrow();
    }

    private static String freshPostgresSchema() throws Exception {
        String base = System.getenv("REPATRIA_TEST_PG_URL");
        if (base == null || base.isBlank()) {
            if ("true".equals(System.getenv("CI"))) {
                fail("REPATRIA_TEST_PG_URL is not set but CI=true: the PostgreSQL crash test must run in CI");
            }
            Assumptions.abort("REPATRIA_TEST_PG_URL is not set: PostgreSQL case skipped");
        }
        String schema = "crash_" + UUID.randomUUID().toString().replace("-", "");
        try (var c = DriverManager.getConnection(base); var s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + schema);
        }
        CREATED.put(schema, base);
        return base + (base.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    /** Drops the schemas this JVM made, so repeated runs leave the test database as they found it. */
    private static void dropCreatedSchemas() throws Exception {
        for (var made : CREATED.entrySet()) {
            try (var c = DriverManager.getConnection(made.getValue()); var s = c.createStatement()) {
                s.execute("DROP SCHEMA IF EXISTS " + made.getKey() + " CASCADE");
            }
            CREATED.remove(made.getKey());
        }
    }
}
