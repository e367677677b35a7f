package org.repatria.store.internal.engine;

import com.zaxxer.hikari.HikariConfig;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;
import org.repatria.store.internal.lock.AdvisoryLock;
import org.repatria.store.internal.lock.WriterLock;

/** PostgreSQL, for a real deployment. Sort keys use the "C" collation so order matches the embedded engine. */
record Postgres(String url) implements Engine {
    /** How long a request waits for a pooled connection (and a new one to connect) before the store says "away". */
    static final long CONNECTION_WAIT_MS = 5_000;

    @Override
    public String name() {
        return "postgresql";
    }

    @Override
    public HikariConfig pool() {
        HikariConfig pool = Engine.pool(name(), 8);
        pool.setJdbcUrl(url);
        // One multi-row INSERT per batch instead of one round trip per row.
        pool.addDataSourceProperty("reWriteBatchedInserts", "true");
        // While the database is away (restarting), a request waits this long for a connection, then is answered 503
        // (StoreUnavailableException) instead of hanging for Hikari's default 30 s; the pool reconnects by itself.
        pool.setConnectionTimeout(CONNECTION_WAIT_MS);
        pool.addDataSourceProperty("connectTimeout", String.valueOf(CONNECTION_WAIT_MS / 1000));
        return pool;
    }

    @Override
    public Map<String, String> placeholders() {
        return Map.of("binary", "COLLATE \"C\"", "bytes", "BYTEA");
    }

    @Override
    public WriterLock lockWriter(Jdbi jdbi) {
        return AdvisoryLock.take(url);
    }
}
