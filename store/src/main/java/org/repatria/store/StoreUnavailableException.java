package org.repatria.store;

/**
 * The database could not take the operation for a reason outside the request (issue 15, item 7): it is away (restarting,
 * unreachable, no connection within the pool's timeout) or its storage is full. Nothing of the operation was stored;
 * the caller answers 503 or 507 and the client tries again once the operator has acted.
 */
public final class StoreUnavailableException extends StoreException {
    private static final long serialVersionUID = 1L;

    /** Why the database could not take it. */
    public enum Reason {
        /** The database is not reachable now (restarting, down, no connection in time); it may come back by itself. */
        DATABASE_AWAY,
        /** The database's storage is full (disk, quota or page limit); an operator must free or add space. */
        STORAGE_FULL
    }

    private final Reason reason;

    public StoreUnavailableException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    /** Why the database could not take the operation. */
    public Reason reason() {
        return reason;
    }
}
