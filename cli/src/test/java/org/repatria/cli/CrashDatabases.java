package org.repatria.cli;

import static org.junit.jupiter.api.Assertions.fail;

import java.sql.DriverManager;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;
import org.repatria.demo.DemoAccount;
import org.repatria.demo.Scenario;
import org.repatria.server.DemoScenario;

/** What the kill -9 tests share: a fresh PostgreSQL schema per run, and the demo accounts' passwords. */
final class CrashDatabases {
    /** Schemas made by this JVM, with the URL that reaches the database; dropped after each test. */
    private static final java.util.Map<String, String> CREATED = new java.util.concurrent.ConcurrentHashMap<>();

    private CrashDatabases() {
    }

    /** The password of a demo account. */
    static String password(String username) {
        return Scenario.generate(DemoScenario.SEED).accounts().stream().filter(a -> a.account().username().equals(username))
                .map(DemoAccount::password).findFirst().orElseThrow();
    }

    /** The database a crash test's server uses: "" (the embedded one) or a fresh PostgreSQL schema's URL. */
    static String forEngine(String engine) throws Exception {
        return engine.equals("embedded") ? "" : freshPostgresSchema();
    }

    /** A JDBC URL of a new, empty schema in the test PostgreSQL; skips (or fails under CI) when none is configured. */
    static String freshPostgresSchema() throws Exception {
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
    static void dropCreated() throws Exception {
        for (var made : CREATED.entrySet()) {
            try (var c = DriverManager.getConnection(made.getValue()); var s = c.createStatement()) {
                s.execute("DROP SCHEMA IF EXISTS " + made.getKey() + " CASCADE");
            }
            CREATED.remove(made.getKey());
        }
    }
}
