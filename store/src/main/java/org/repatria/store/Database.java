package org.repatria.store;

import java.sql.SQLException;
import java.util.Locale;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.Jdbi;

/**
 * Runs the repositories' SQL and turns every database failure into a {@link StoreException} that
 * names the operation, so no SQL exception type crosses the store's public API. Public only so the
 * store's subpackages can use it; only {@link Store} makes one.
 */
public final class Database {
    private final Engine engine;
    private final Jdbi jdbi;

    Database(Engine engine, Jdbi jdbi) {
        this.engine = engine;
        this.jdbi = jdbi;
    }

    String engine() {
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
            return jdbi.inTransaction(work);
        } catch (StoreException e) {
            throw e;
        } catch (RuntimeException e) {
            if (isDuplicate(e)) {
                throw new DuplicateException(duplicate, e);
            }
            throw failure(what, e);
        }
    }

    /** Writes {@code rider}'s rows in a transaction of their own (no log entry rides along). */
    public void write(String what, Rider rider) {
        write(what, h -> {
            rider.write(h);
            return null;
        });
    }

    private StoreException failure(String what, Exception e) {
        return new StoreException("could not " + what + " in the " + engine.name() + " database ("
                + rootMessage(e) + "); check that the database is reachable, writable and not full, then retry", e);
    }

    static boolean isDuplicate(Throwable e) {
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
