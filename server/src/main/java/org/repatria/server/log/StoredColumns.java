package org.repatria.server.log;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.repatria.core.document.Digest;
import org.repatria.core.document.DocumentFormatException;
import org.repatria.core.document.EntryStatement;
import org.repatria.core.document.Envelope;
import org.repatria.store.log.LogDocuments;
import org.repatria.store.log.LogEntries;
import org.repatria.store.log.StoredDocument;

/**
 * The columns stored beside the log's signed bytes, checked against them at start (issue 15, docs/decisions/0164): the
 * tree binds only each entry's bytes, while threads, trails and relays are found through the columns (an entry's
 * envelope id, kind and signer; a document's envelope id, author and bytes). A column that no longer says what the
 * signed bytes say would silently move a step off its document (a dispute vanishing from its thread), so it refuses
 * the start as an altered log does, naming the entry's index or the document's envelope.
 */
final class StoredColumns {
    /** Documents read per query at start: documents may be megabytes (a list's canonical bytes). */
    static final int DOCUMENTS_PER_QUERY = 64;

    private StoredColumns() {
    }

    /** What is wrong with entry {@code e}'s columns, if anything; an entry that is not a Repatria entry has none to check. */
    static Optional<String> entry(LogEntries.Entry e) {
        EntryStatement s;
        try {
            s = LogEntry.parse(e.bytes()).statement();
        } catch (IllegalArgumentException notOurs) {
            return Optional.empty();
        }
        if (!s.envelope().id().hex().equals(e.envelopeId())) {
            return Optional.of(column(e, "envelope_id", e.envelopeId(), "names envelope " + s.envelope().id().hex()));
        }
        if (!s.kind().token().equals(e.kind())) {
            return Optional.of(column(e, "kind", e.kind(), "records the step " + s.kind().token()));
        }
        if (!s.signer().equals(e.signer())) {
            return Optional.of(column(e, "signer", e.signer().value(), "is signed by " + s.signer()));
        }
        return Optional.empty();
    }

    /** The first stored document whose row is not its envelope's (id, author, bytes), named with its log entries. */
    static Optional<String> documents(LogDocuments documents) {
        String[] first = {null};
        documents.forEachDocument(DOCUMENTS_PER_QUERY, d -> {
            if (first[0] == null) {
                first[0] = document(d).map(why -> "document " + d.envelopeId() + entries(documents, d.envelopeId()) + ": " + why)
                        .orElse(null);
            }
        });
        if (first[0] != null) {
            return Optional.of(first[0]);
        }
        List<String> lists = documents.listsWithoutTheirDocument();
        return lists.isEmpty() ? Optional.empty() : Optional.of("list " + lists.getFirst().replace(" ", " names envelope ")
                + " (lists.envelope_id), which is no person-list document by the list's author");
    }

    private static Optional<String> document(StoredDocument d) {
        Envelope envelope;
        try {
            envelope = Envelope.parse(d.envelope().getBytes(StandardCharsets.US_ASCII));
        } catch (DocumentFormatException | IllegalArgumentException e) {
            return Optional.of("its stored envelope is no envelope (" + e.getMessage() + ")");
        }
        if (!envelope.id().hex().equals(d.envelopeId())) {
            return Optional.of("its stored envelope (documents.envelope) has id " + envelope.id().hex()
                    + ", not the row's envelope_id");
        }
        if (!envelope.author().equals(d.author())) {
            return Optional.of("its author column says " + d.author() + " but its envelope's author is " + envelope.author());
        }
        if (!Digest.sha256(d.content()).equals(envelope.content())) {
            return Optional.of("its stored bytes (documents.content) do not have the SHA-256 its envelope states");
        }
        return Optional.empty();
    }

    private static String entries(LogDocuments documents, String envelopeId) {
        List<LogEntries.Entry> trail = documents.trail(envelopeId);
        return trail.isEmpty() ? " (no log entry names it)"
                : " (log entries " + String.join(", ", trail.stream().map(e -> Long.toString(e.index())).toList()) + ")";
    }

    private static String column(LogEntries.Entry e, String column, String says, String but) {
        return "entry " + e.index() + ": its " + column + " column (log_entries." + column + ") says " + says
                + ", but the signed entry " + but;
    }
}
