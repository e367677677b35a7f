package org.repatria.store;

import org.jdbi.v3.core.Jdbi;

/** A store's hold on its database's log-writer lock: taken once, on first need, and kept until the store closes. */
final class WriterClaim {
    private final Engine engine;
    private final Jdbi jdbi;
    private WriterLock held;
    private boolean closed;

    WriterClaim(Engine engine, Jdbi jdbi) {
        this.engine = engine;
        this.jdbi = jdbi;
    }

    /** Takes the lock unless this store holds it already. */
    synchronized void take() {
        if (closed) {
            throw new StoreException("the store is closed, so it cannot write the log; open the store again");
        }
        if (held == null) {
            held = engine.lockWriter(jdbi);
        }
    }

    /** Lets the lock go, for good: the store is closing. */
    synchronized void release() {
        closed = true;
        if (held != null) {
            held.close();
            held = null;
        }
    }
}
