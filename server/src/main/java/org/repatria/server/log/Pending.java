package org.repatria.server.log;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.repatria.store.log.LogEntries;
import org.repatria.store.log.StoredDocument;

/** An entry waiting for the next group commit, with the document it submits (if any) and the caller's future. */
record Pending(LogEntry entry, Optional<StoredDocument> document, CompletableFuture<Appended> done) {
    String stepKey() {
        var s = entry.statement();
        return s.envelope().id().hex() + " " + s.kind().token() + " " + s.signer();
    }
}
