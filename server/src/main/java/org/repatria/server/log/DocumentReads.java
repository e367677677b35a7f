package org.repatria.server.log;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.repatria.core.document.Envelope;
import org.repatria.server.error.HttpProblem;
import org.repatria.server.route.Call;
import org.repatria.store.Store;
import org.repatria.store.log.LogEntries;
import org.repatria.store.log.StoredDocument;

/**
 * Reading a stored document: only its author, the mediator, and the addressees it was delivered to see it
 * ({@link Delivery}); to anyone else it does not exist (404, as for an absent id).
 */
final class DocumentReads {
    private final Store store;
    private final Delivery delivery;

    DocumentReads(Store store) {
        this.store = store;
        this.delivery = new Delivery(store);
    }

    void show(Call call) {
        Readable r = readable(call);
        call.ctx().json(new LogMessages.DocumentReply(r.document().envelopeId(), r.document().envelope(),
                r.trail().stream().map(e -> new LogMessages.Step(e.index(), e.kind(), e.signer().value())).toList()));
    }

    void content(Call call) {
        Readable r = readable(call);
        call.ctx().header("Cache-Control", "private, no-store").contentType("application/octet-stream")
                .result(r.document().content());
    }

    private Readable readable(Call call) {
        String id = call.ctx().pathParam("id");
        HttpProblem none = HttpProblem.notFound("no document with envelope id " + id + " that you may read");
        StoredDocument d = store.documents().document(id).orElseThrow(() -> none);
        List<LogEntries.Entry> trail = store.documents().trail(id);
        if (!delivery.mayRead(call.account(), id, Envelope.parse(d.envelope().getBytes(StandardCharsets.US_ASCII)), trail)) {
            throw none;
        }
        return new Readable(d, trail);
    }

    private record Readable(StoredDocument document, List<LogEntries.Entry> trail) {
    }
}
