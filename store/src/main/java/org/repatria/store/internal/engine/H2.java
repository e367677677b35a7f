package org.repatria.store.internal.engine;

import com.zaxxer.hikari.HikariConfig;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.repatria.store.StoreException;
import org.repatria.store.internal.lock.LockFile;
import org.repatria.store.internal.lock.WriterLock;

/** H2 2.x in PostgreSQL mode; kept for comparison and for callers that pass a {@code jdbc:h2:} URL. */
public record H2(String url) implements Engine {

    public static H2 under(Path dataDir) {
        return new H2("jdbc:h2:file:" + dataDir.toAbsolutePath().resolve("repatria") + ";MODE=PostgreSQL");
    }

    @Override
    public String name() {
        return "h2";
    }

    @Override
    public HikariConfig pool() {
        HikariConfig pool = Engine.pool(name(), 4);
        pool.setJdbcUrl(url);
        return pool;
    }

    @Override
    public Map<String, String> placeholders() {
        return Map.of("binary", "", "bytes", "VARBINARY");
    }

    /**
     * A file database gets a lock file beside its files. An in-memory or server-mode (tcp, ssl) database is refused: its
     * files, if any, are not this machine's to lock, and nothing in Repatria runs the log on one.
     */
    @Override
    public WriterLock lockWriter(Jdbi jdbi) {
        boolean remote = url.startsWith("jdbc:h2:tcp:") || url.startsWith("jdbc:h2:ssl:");
        Optional<String> path = remote ? Optional.empty()
                : jdbi.withHandle(h -> h.createQuery("SELECT DATABASE_PATH()").mapTo(String.class).findOne());
        return LockFile.take(Path.of(path.orElseThrow(() -> new StoreException("the log needs a single writer, and on"
                + " H2 that is only enforced for a file database on this machine (jdbc:h2:file:...); use the embedded"
                + " database or PostgreSQL for the log"))));
    }
}
