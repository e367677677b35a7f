package org.repatria.store.internal.lock;

import org.jdbi.v3.core.Jdbi;
import org.repatria.store.StoreException;
import org.repatria.store.internal.engine.Engine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A store's hold on its database's log-writer lock: taken once, on first need, and kept until the store closes. */
public final class WriterClaim {
    private static final Logger LOG = LoggerFactory.getLogger(WriterClaim.class);
    private final Engine engine;
    private final Jdbi jdbi;
    private WriterLock held;
    private boolean closed;

    /** A claim on the lock of the database {@code jdbi} reaches, on {@code engine}. */
    public WriterClaim(Engine engine, Jdbi jdbi) {
        this.engine = engine;
        this.jdbi = jdbi;
    }

    /**
     * Takes the lock unless this store holds it already and still does. A lost lock (see {@link WriterLock#intact()})
     * is taken again, or refused if another server took it meanwhile; the log's tail check in the append's own
     * transaction then catches anything that other server appended.
     */
    public synchronized void take() {
        if (closed) {
            throw new StoreException("the store is closed, so it cannot write the log; open the store again");
        }
        if (held != null && !held.intact()) {
            LOG.warn("the {} database's log-writer lock was lost; taking it again", engine.name());
            held.close();
            held = null;
        }
        if (held == null) {
            held = engine.lockWriter(jdbi);
        }
    }

    /** Lets the lock go, for good: the store is closing. */
    public synchronized void release() {
        closed = true;
        if (held != null) {
            held.close();
            held = null;
        }
    }
}
