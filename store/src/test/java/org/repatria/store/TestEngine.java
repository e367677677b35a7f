package org.repatria.store;

import static org.assertj.core.api.Assertions.fail;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.repatria.store.internal.engine.Engine;

/**
 * The engines every repository test runs against: the embedded one always; PostgreSQL when
 * REPATRIA_TEST_PG_URL is set, and under CI=true even when it is not (so the case fails there).
 */
public enum TestEngine {
    EMBEDDED,
    POSTGRESQL;

    static final String PG_URL_VARIABLE = "REPATRIA_TEST_PG_URL";

    public static List<TestEngine> engines() {
        List<TestEngine> engines = new ArrayList<>(List.of(EMBEDDED));
        if (pgUrl() != null || "true".equals(System.getenv("CI"))) {
            engines.add(POSTGRESQL);
        }
        return engines;
    }

    /** A fresh, empty, migrated store: a new directory, or a new PostgreSQL schema dropped on close. */
    public TestDatabase open(Path dir) {
        return switch (this) {
            case EMBEDDED -> new TestDatabase(Store.embedded(dir), "", "", "");
            case POSTGRESQL -> openSchema(dir);
        };
    }

    private static TestDatabase openSchema(Path dir) {
        String base = pgUrl();
        if (base == null) {
            return fail(PG_URL_VARIABLE + " is not set but CI=true: the PostgreSQL case must run in CI;"
                    + " set it to e.g. jdbc:postgresql://localhost:5432/repatria_test?user=repatria&password=repatria");
        }
        String schema = "test_" + UUID.randomUUID().toString().replace("-", "");
        sql(base, "CREATE SCHEMA " + schema);
        String url = base + (base.contains("?") ? "&" : "?") + "currentSchema=" + schema;
        return new TestDatabase(Store.connect(url, dir.resolve(Store.READS)), base, schema, url); // its own record of reads
    }

    public static String pgUrl() {
        String url = System.getenv(PG_URL_VARIABLE);
        return url == null || url.isBlank() ? null : url.strip();
    }

    public static void sql(String url, String statement) {
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.execute(statement);
        } catch (SQLException e) {
            throw new IllegalStateException(statement + " failed on " + Engine.redacted(url) + ": " + e.getMessage(), e);
        }
    }

    /** A store opened for one test, closed (and its schema dropped) afterwards; {@code url} reaches its schema. */
    public record TestDatabase(Store store, String baseUrl, String schema, String url) implements AutoCloseable {
        @Override
        public void close() {
            store.close();
            if (!schema.isEmpty()) {
                sql(baseUrl, "DROP SCHEMA " + schema + " CASCADE");
            }
        }
    }
}
