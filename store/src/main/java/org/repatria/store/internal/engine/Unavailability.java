package org.repatria.store.internal.engine;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Locale;
import java.util.Optional;
import org.repatria.store.StoreUnavailableException.Reason;

/**
 * Tells a database failure that is no fault of the request (the database away, its storage full) from any other, by the
 * engines' own codes: SQLSTATE class 08 (connection exception) and 57P01–57P03 (PostgreSQL shutting down or starting),
 * the pool's timeout waiting for a connection; SQLSTATE 53100 (PostgreSQL disk full), SQLite's SQLITE_FULL (13), H2's
 * "no space left" (error 90100 with that cause).
 */
final class Unavailability {
    /** SQLite's result code for "database or disk is full". */
    static final int SQLITE_FULL = 13;

    private Unavailability() {
    }

    /** Why {@code e} says the database could not take the operation; empty when it is another failure. */
    static Optional<Reason> of(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String message = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
            if (message.contains("disk is full") || message.contains("no space left") || message.contains("sqlite_full")) {
                return Optional.of(Reason.STORAGE_FULL);
            }
            if (t instanceof SQLTransientConnectionException) {
                return Optional.of(Reason.DATABASE_AWAY);
            }
            if (t instanceof SQLException sql) {
                String state = String.valueOf(sql.getSQLState());
                if (state.equals("53100") || sql.getErrorCode() == SQLITE_FULL && message.contains("full")) {
                    return Optional.of(Reason.STORAGE_FULL);
                }
                if (state.startsWith("08") || state.equals("57P01") || state.equals("57P02") || state.equals("57P03")) {
                    return Optional.of(Reason.DATABASE_AWAY);
                }
            }
        }
        return Optional.empty();
    }
}
