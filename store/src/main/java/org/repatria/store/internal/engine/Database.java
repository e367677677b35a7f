package org.repatria.store.internal.engine;

import java.sql.SQLException;
import java.util.Locale;
import java.util.function.Supplier;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.transaction.TransactionIsolationLevel;
import org.repatria.store.DuplicateException;
import org.repatria.store.Store;
import org.repatria.store.StoreException;
import org.repatria.store.StoreUnavailableException;

/**
 * Runs the repositories' SQL and turns every database failure into a {@link StoreException} that
 * names the operation, so no SQL exception type crosses the store's public API. Only {@link Store} makes one.
 */
public final class Database {
    private final Engine engine;
    private final Jdbi jdbi;

    /** The database {@code jdbi} reaches, on {@code engine}. */
    public Database(Engine engine, Jdbi jdbi) {
        this.engine = engine;
        this.jdbi = jdbi;
    }

    /** "sqlite", "h2" or "postgresql". */
    public String engine() {
        return engine.name();
    }

    /** Runs {@code work} without a transaction (one or more independent reads). */
    public <T> T read(String what, HandleCallback<T, RuntimeException> work) {
        try {
            return jdbi.withHandle(work);
        } catch (StoreException e) {
            throw e;
        } catch (RuntimeException e) { // JdbiException, or a stored value the mappers cannot read
            throw failure(what, e);
        }
    }

    /**
     * Runs {@code work} in one read-only transaction that sees a single snapshot of the whole database while writers go
     * on (REPEATABLE READ; on PostgreSQL also READ ONLY): a consistent copy of every table (docs/decisions/0166).
     */
    public <T> T snapshot(String what, HandleCallback<T, RuntimeException> work) {
        try {
            return jdbi.inTransaction(TransactionIsolationLevel.REPEATABLE_READ, h -> {
                if (engine.name().equals("postgresql")) {
                    h.execute("SET TRANSACTION READ ONLY");
                }
                return work.withHandle(h);
            });
        } catch (StoreException e) {
            throw e;
        } catch (RuntimeException e) {
            throw failure(what, e);
        }
    }

    /** Runs {@code work} in one transaction that cannot collide with a unique key (an update or delete). */
    public <T> T write(String what, HandleCallback<T, RuntimeException> work) {
        return write(what, "could not " + what + ": a unique key is already taken", work);
    }

    /**
     * Runs {@code work} in one transaction: all of it is stored or none. A unique key already taken
     * becomes a {@link DuplicateException} with {@code duplicate} as its message.
     */
    public <T> T write(String what, String duplicate, HandleCallback<T, RuntimeException> work) {
        try {
            return translatingDuplicate(duplicate, () -> jdbi.inTransaction(work));
        } catch (StoreException e) {
            throw e;
        } catch (RuntimeException e) {
            throw failure(what, e);
        }
    }

    /** Runs {@code work}; a unique key it finds taken becomes a {@link DuplicateException} saying {@code duplicate}. */
    public static <T> T translatingDuplicate(String duplicate, Supplier<T> work) {
        try {
            return work.get();
        } catch (StoreException e) {
            throw e;
        } catch (RuntimeException e) {
            if (isDuplicate(e)) {
                throw new DuplicateException(duplicate, e);
            }
            throw e;
        }
    }

    private StoreException failure(String what, Exception e) {
        StoreUnavailableException.Reason reason = Unavailability.of(e).orElse(null);
        if (reason == StoreUnavailableException.Reason.STORAGE_FULL) {
            return new StoreUnavailableException(reason, "could not " + what + ": the " + engine.name() + " database's "
                    + "storage is full (" + rootMessage(e) + "); nothing of it was stored. Free or add disk space, then retry", e);
        }
        if (reason == StoreUnavailableException.Reason.DATABASE_AWAY) {
            return new StoreUnavailableException(reason, "could not " + what + ": the " + engine.name() + " database is "
                    + "not reachable (" + rootMessage(e) + "); nothing of it was stored. Retry in a few seconds", e);
        }
        return new StoreException("could not " + what + " in the " + engine.name() + " database ("
                + rootMessage(e) + "); check that the database is reachable, writable and not full, then retry", e);
    }

    private static boolean isDuplicate(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                // 23505 is the standard unique-violation state (PostgreSQL, H2); SQLite reports its own text.
                String message = String.valueOf(sql.getMessage()).toUpperCase(Locale.ROOT);
                if ("23505".equals(sql.getSQLState()) || message.contains("UNIQUE CONSTRAINT FAILED")) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }
}
