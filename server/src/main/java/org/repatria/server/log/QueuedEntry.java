package org.repatria.server.log;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.repatria.ledger.merkle.Hash;
import org.repatria.ledger.merkle.TreeHash;
import org.repatria.store.log.EntryRows;
import org.repatria.store.log.LogEntries;
import org.repatria.store.log.StoredDocument;

/**
 * An entry waiting for the next group commit, with the document it submits (if any), the rows that say what an entry
 * without a document means (a relay's), and the caller's future. Its bytes, leaf hash, envelope id and step key are
 * worked out once, on the caller's thread ({@link #of}), so the log's single writer does not hash or encode them again.
 */
record QueuedEntry(LogEntry entry, Optional<StoredDocument> document, List<EntryRows> rows,
                   CompletableFuture<LogPosition> done, byte[] bytes, Hash leaf, String envelopeId, String stepKey) {
    /** Queues {@code entry}, deriving what the writer needs from it on the calling thread. */
    static QueuedEntry of(LogEntry entry, Optional<StoredDocument> document, List<EntryRows> rows,
                          CompletableFuture<LogPosition> done) {
        var s = entry.statement();
        String envelopeId = s.envelope().id().hex(); // from the entry itself, never from what a caller says beside it
        byte[] bytes = entry.bytes(); // never changed: the writer only stores it
        return new QueuedEntry(entry, document, List.copyOf(rows), done, bytes, TreeHash.leaf(bytes), envelopeId,
                envelopeId + " " + s.kind().token() + " " + s.signer());
    }

    /** The row the writer stores for this entry at {@code index}. */
    LogEntries.Entry row(long index) {
        var s = entry.statement();
        return new LogEntries.Entry(index, bytes, envelopeId, s.kind().token(), s.signer());
    }
}
