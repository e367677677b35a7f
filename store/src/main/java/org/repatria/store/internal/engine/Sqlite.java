package org.repatria.store.internal.engine;

import com.zaxxer.hikari.HikariConfig;
import java.nio.file.Path;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;
import org.repatria.store.internal.lock.LockFile;
import org.repatria.store.internal.lock.WriterLock;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * SQLite in WAL mode. {@code synchronous=FULL} makes each commit fsync the WAL, so an acknowledged
 * write survives power loss as well as a killed process (see docs/decisions/0010-embedded-engine.md).
 */
public record Sqlite(String url, SQLiteConfig.SynchronousMode synchronous) implements Engine {
    static final SQLiteConfig.SynchronousMode DURABLE = SQLiteConfig.SynchronousMode.FULL;

    public static Sqlite under(Path dataDir) {
        return new Sqlite("jdbc:sqlite:" + dataDir.resolve("repatria.sqlite"), DURABLE);
    }

    @Override
    public String name() {
        return "sqlite";
    }

    @Override
    public HikariConfig pool() {
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(synchronous);
        config.enforceForeignKeys(true);
        config.setBusyTimeout(30_000);
        // Writers take the lock up front: a deferred transaction upgrading to a writer fails at once
        // with SQLITE_BUSY when another writer committed meanwhile; an immediate one waits its turn.
        config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        SQLiteDataSource source = new SQLiteDataSource(config);
        source.setUrl(url);
        HikariConfig pool = Engine.pool(name(), 4);
        pool.setDataSource(source);
        return pool;
    }

    @Override
    public Map<String, String> placeholders() {
        return Map.of("binary", "", "bytes", "BLOB");
    }

    /** The lock file sits beside the database file SQLite itself reports, whatever form the URL took. */
    @Override
    public WriterLock lockWriter(Jdbi jdbi) {
        String file = jdbi.withHandle(h -> h.createQuery("SELECT file FROM pragma_database_list WHERE name = 'main'")
                .mapTo(String.class).one());
        return LockFile.take(Path.of(file));
    }
}
