package org.repatria.store.internal.engine;

import com.zaxxer.hikari.HikariConfig;
import java.nio.file.Path;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;
import org.repatria.store.LogHeldException;
import org.repatria.store.StoreException;
import org.repatria.store.internal.lock.WriterLock;

/** A database engine the store runs on: how to pool connections to it and how its SQL differs. */
public sealed interface Engine permits Sqlite, H2, Postgres {

    /** "sqlite", "h2" or "postgresql". */
    String name();

    /** The connection pool's settings for this engine; the caller names and sizes nothing else. */
    HikariConfig pool();

    /** Flyway placeholders that paper over dialect differences in the shared migrations. */
    Map<String, String> placeholders();

    /**
     * Takes this database's log-writer lock ({@code jdbi} reaches the database through the pool), or throws
     * {@link LogHeldException}; see docs/decisions/0125-one-log-writer-per-database.md.
     */
    WriterLock lockWriter(Jdbi jdbi);

    /** Pool settings every engine shares: the pool named after {@code engine}, at most {@code size} connections. */
    static HikariConfig pool(String engine, int size) {
        HikariConfig pool = new HikariConfig();
        pool.setPoolName("repatria-" + engine);
        pool.setMaximumPoolSize(size);
        return pool;
    }

    /** The embedded engine chosen in docs/decisions/0010-embedded-engine.md, with its files under {@code dataDir}. */
    static Engine embedded(Path dataDir) {
        return Sqlite.under(dataDir);
    }

    /** The engine a JDBC URL names. */
    static Engine of(String jdbcUrl) {
        String url = jdbcUrl == null ? "" : jdbcUrl.strip();
        if (url.startsWith("jdbc:postgresql:")) {
            return new Postgres(url);
        }
        if (url.startsWith("jdbc:sqlite:")) {
            if (url.contains(":memory:") || url.contains("mode=memory")) {
                // Each pooled connection would see its own empty database, not the migrated one.
                throw new StoreException("an in-memory SQLite database cannot be pooled; use Store.embedded(DIR)"
                        + " with a temporary directory instead");
            }
            return new Sqlite(url, Sqlite.DURABLE);
        }
        if (url.startsWith("jdbc:h2:")) {
            return new H2(url);
        }
        throw new StoreException("unsupported database URL '" + redacted(url)
                + "'; use jdbc:postgresql://HOST:PORT/DB?user=..., or no URL for the embedded database");
    }

    /** The URL without its query string, which may hold a password. */
    static String redacted(String jdbcUrl) {
        int cut = jdbcUrl.indexOf('?');
        return cut < 0 ? jdbcUrl : jdbcUrl.substring(0, cut) + "?...";
    }
}
