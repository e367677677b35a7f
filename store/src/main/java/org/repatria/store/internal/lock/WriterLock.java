package org.repatria.store.internal.lock;

/**
 * A database's log-writer lock, held from the moment it is taken until {@link #close()}, or until the process dies:
 * the database or the operating system then lets it go, so a killed server never leaves its log locked.
 */
public sealed interface WriterLock extends AutoCloseable permits AdvisoryLock, LockFile {

    /**
     * Whether the lock is still this holder's: false once the PostgreSQL session has ended (a database restart, a
     * terminated backend) or the lock file has been deleted or replaced, when another server may have taken it.
     */
    boolean intact();

    /** Lets the lock go; never fails (a lock that cannot be let go is let go when the process ends). */
    @Override
    void close();

    /** Closes what holds (or was to hold) a lock; a failure is ignored, as the resource is gone either way. */
    static void closeQuietly(AutoCloseable holder) {
        if (holder == null) {
            return;
        }
        try {
            holder.close();
        } catch (Exception e) {
            // A session or file that cannot be closed dies with the process, and the lock with it.
        }
    }
}
