package org.repatria.server.document;

import java.util.Locale;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.repatria.core.document.DocumentType;
import org.repatria.server.api.ApiJson;
import org.repatria.server.error.HttpProblem;
import org.repatria.server.log.LogEntry;
import org.repatria.server.log.LogMessages;
import org.repatria.server.log.LogPosition;
import org.repatria.server.log.TransparencyLog;
import org.repatria.server.route.AdmittedRequest;
import org.repatria.store.log.StoredDocument;

/**
 * {@code POST /api/v1/document-batches}: many signed submissions in one request (issue 15, docs/decisions/0169). Each is
 * checked as {@code POST /api/v1/documents} checks one; all are appended in one transaction and each gets its receipt,
 * in order. All or nothing: the first bad one refuses the request, naming its position and reason, and nothing is stored.
 */
final class SubmissionBatches {
    /** The most submissions one request may carry (a bigger batch is split by its sender). */
    static final int MAX_SUBMISSIONS = 500;
    /** The largest body of one batch, in bytes (16 MiB): 500 documents of about 24 KiB once in base64. */
    static final long MAX_BYTES = 16L * 1024 * 1024;
    private final DocumentSteps steps;
    private final TransparencyLog log;

    SubmissionBatches(DocumentSteps steps, TransparencyLog log) {
        this.steps = steps;
        this.log = log;
    }

    void submit(AdmittedRequest call) {
        long declared = call.ctx().contentLength();
        long size = declared >= 0 ? declared : call.ctx().bodyAsBytes().length;
        if (size > MAX_BYTES) { // the guard's JSON limit (BodyLimits.JSON_BYTES) is the same today; this one is the batch's own
            throw HttpProblem.tooLarge(String.format(Locale.ROOT, "body: a batch of %,d bytes (send fewer submissions per request)", size),
                    MAX_BYTES);
        }
        List<DocumentMessages.Submit> sent = Optional.ofNullable(ApiJson.read(call.ctx(), DocumentMessages.Batch.class)
                .submissions()).orElse(List.of());
        DocumentSteps.require(!sent.isEmpty(), "submissions", "send at least one submission");
        if (sent.size() > MAX_SUBMISSIONS) {
            throw new HttpProblem(413, "too_many", "submissions: " + String.format(Locale.ROOT, "%,d", sent.size())
                    + " submissions, the limit is " + MAX_SUBMISSIONS + " per request; split them", Optional.of("submissions"));
        }
        List<LogEntry> entries = new ArrayList<>(sent.size());
        List<StoredDocument> documents = new ArrayList<>(sent.size());
        Set<String> envelopes = new HashSet<>();
        for (int i = 0; i < sent.size(); i++) {
            String at = "submissions[" + i + "]";
            try {
                DocumentMessages.Submit one = Optional.ofNullable(sent.get(i))
                        .orElseThrow(() -> HttpProblem.invalid("entry", "is null: send {\"entry\": ..., \"content\": ...}"));
                LogEntry entry = DocumentEndpoints.signedEntry(one.entry(), "entry");
                DocumentType type = entry.statement().envelope().type();
                DocumentSteps.require(type != DocumentType.ANSWERS && type != DocumentType.REMINDER, "entry", "a document of "
                        + "type " + type.token() + " goes through the requests' routes, which record what it says");
                DocumentSteps.require(envelopes.add(entry.statement().envelope().id().hex()), "entry",
                        "the same envelope as an earlier submission of this batch; each is logged once");
                documents.add(steps.checked(call.account(), entry, DocumentEndpoints.base64(one.content())));
                entries.add(entry);
            } catch (HttpProblem refused) {
                throw new HttpProblem(refused.status(), refused.code(), at + ": " + refused.getMessage(),
                        Optional.of(refused.field().map(f -> at + "." + f).orElse(at)));
            }
        }
        List<LogPosition> positions = steps.appendAll(entries, documents);
        List<LogMessages.ReceiptReply> receipts = new ArrayList<>(positions.size());
        for (int i = 0; i < positions.size(); i++) {
            receipts.add(LogMessages.ReceiptReply.of(log, positions.get(i), entries.get(i)));
        }
        ApiJson.reply(call.ctx(), 201, new DocumentMessages.BatchReply(receipts));
    }
}
