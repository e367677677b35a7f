package org.repatria.store;

import java.util.Objects;
import java.util.function.Consumer;
import org.jdbi.v3.core.Handle;

/**
 * Rows that ride with a document onto the log: written in the same transaction as the document's log entry, so the
 * entry and the rows that say what it means are stored together or not at all (docs/decisions/0118). Made by the
 * repositories (e.g. {@code Exchanges}); the server only hands them to the log.
 */
public final class Rider {
    private final String duplicate;
    private final Consumer<Handle> write;

    private Rider(String duplicate, Consumer<Handle> write) {
        this.duplicate = Objects.requireNonNull(duplicate, "duplicate");
        this.write = Objects.requireNonNull(write, "write");
    }

    /** Rows {@code write} stores; a unique key taken becomes a {@link DuplicateException} saying {@code duplicate}. */
    public static Rider of(String duplicate, Consumer<Handle> write) {
        return new Rider(duplicate, write);
    }

    /** Writes the rows in the caller's transaction; a failure rolls the whole transaction back. */
    void write(Handle h) {
        try {
            write.accept(h);
        } catch (StoreException e) {
            throw e;
        } catch (RuntimeException e) {
            if (Database.isDuplicate(e)) {
                throw new DuplicateException(duplicate, e);
            }
            throw e;
        }
    }
}
