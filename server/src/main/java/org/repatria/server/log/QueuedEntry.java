package org.repatria.server.log;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.repatria.store.log.EntryRows;
import org.repatria.store.log.StoredDocument;

/**
 * An entry waiting for the next group commit, with the document it submits (if any), the rows that say what an entry
 * without a document means (a relay's), and the caller's future.
 */
record QueuedEntry(LogEntry entry, Optional<StoredDocument> document, List<EntryRows> rows,
                   CompletableFuture<LogPosition> done) {
    String stepKey() {
        var s = entry.statement();
        return s.envelope().id().hex() + " " + s.kind().token() + " " + s.signer();
    }
}
