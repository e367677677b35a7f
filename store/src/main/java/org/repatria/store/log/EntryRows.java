package org.repatria.store.log;

import java.util.Objects;
import java.util.function.Consumer;
import org.jdbi.v3.core.Handle;
import org.repatria.store.DuplicateException;
import org.repatria.store.StoreException;
import org.repatria.store.internal.engine.Database;

/**
 * Rows stored with a document's log entry, in the same transaction, so the entry and the rows that say what it means
 * are stored together or not at all (docs/decisions/0118). Made by the repositories (e.g. {@code Exchanges}); the
 * server only hands them to the log.
 */
public final class EntryRows {
    private final String duplicate;
    private final Consumer<Handle> write;

    private EntryRows(String duplicate, Consumer<Handle> write) {
        this.duplicate = Objects.requireNonNull(duplicate, "duplicate");
        this.write = Objects.requireNonNull(write, "write");
    }

    /** Rows {@code write} stores; a unique key taken becomes a {@link DuplicateException} saying {@code duplicate}. */
    public static EntryRows of(String duplicate, Consumer<Handle> write) {
        return new EntryRows(duplicate, write);
    }

    /** Writes the rows in the caller's transaction; a failure rolls the whole transaction back. */
    public void write(Handle h) {
        Database.translatingDuplicate(duplicate, () -> {
            write.accept(h);
            return null;
        });
    }
}
