package org.repatria.store.internal.engine;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.repatria.store.StoreException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * Copies SQLite's write-ahead log into the database file on a thread and connection of its own (PASSIVE checkpoints,
 * which never wait for or block a reader or writer), so the committing writer does not: past SQLite's default of 1,000
 * pages the writer whose commit crossed it did the copy and the database file's fsync itself, on the log's single
 * writer every few group commits (docs/decisions/0185). Commits stay durable as before: each is in the fsynced WAL.
 */
public final class WalCheckpoints implements AutoCloseable {
    /**
     * WAL pages (4 KiB each) past which a committing writer still checkpoints itself (SQLite's automatic checkpoint), in
     * case this thread falls behind or cannot run: it bounds the WAL at about 80 MiB.
     */
    static final int WRITER_CHECKPOINT_PAGES = 20_000;
    /** At most one checkpoint per this many milliseconds while writes come in; none while none do. */
    static final long PAUSE_MILLIS = 100;
    private static final Logger LOG = LoggerFactory.getLogger(WalCheckpoints.class);
    private final Connection connection;
    private final Semaphore nudged = new Semaphore(0);
    private final Thread thread;
    private volatile boolean open = true;

    private WalCheckpoints(Connection connection) {
        this.connection = connection;
        this.thread = Thread.ofPlatform().name("repatria-wal-checkpoints").daemon().unstarted(this::run);
    }

    /** Starts checkpointing the database {@code url} names (a {@code jdbc:sqlite:} URL) on a connection of its own. */
    public static WalCheckpoints start(String url) {
        SQLiteConfig config = new SQLiteConfig();
        config.setBusyTimeout(1_000);
        SQLiteDataSource source = new SQLiteDataSource(config);
        source.setUrl(url);
        try {
            WalCheckpoints checkpoints = new WalCheckpoints(source.getConnection());
            checkpoints.thread.start();
            return checkpoints;
        } catch (SQLException e) {
            throw new StoreException("cannot open the embedded database for its checkpoints (" + e.getMessage() + ")", e);
        }
    }

    /** Says that a write was committed: a checkpoint follows within {@link #PAUSE_MILLIS}. */
    public void nudge() {
        if (nudged.availablePermits() == 0) {
            nudged.release();
        }
    }

    private void run() {
        while (open) {
            try {
                if (!nudged.tryAcquire(1, TimeUnit.SECONDS)) {
                    continue;
                }
                nudged.drainPermits();
                if (!open) {
                    return;
                }
                try (Statement st = connection.createStatement()) {
                    st.execute("PRAGMA wal_checkpoint(PASSIVE)");
                } catch (SQLException e) { // the writers' own checkpoint (WRITER_CHECKPOINT_PAGES) still bounds the WAL
                    LOG.warn("checkpoint of the embedded database's WAL failed; writers will do it: {}", e.getMessage());
                }
                Thread.sleep(PAUSE_MILLIS);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** Stops the thread (a checkpoint under way finishes first) and closes its connection. */
    @Override
    public void close() {
        open = false;
        thread.interrupt();
        try {
            thread.join(10_000);
            connection.close();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (SQLException e) {
            LOG.warn("closing the checkpoints' connection failed: {}", e.getMessage());
        }
    }
}
