package org.repatria.server.log;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.repatria.core.document.Envelope;
import org.repatria.server.error.HttpProblem;
import org.repatria.server.route.AdmittedRequest;
import org.repatria.store.LogRows;
import org.repatria.store.Store;

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

    void show(AdmittedRequest call) {
        Readable r = readable(call);
        call.ctx().json(new LogMessages.DocumentReply(r.document().envelopeId(), r.document().envelope(),
                r.trail().stream().map(e -> new LogMessages.Step(e.index(), e.kind(), e.signer().value())).toList()));
    }

    void content(AdmittedRequest call) {
        Readable r = readable(call);
        call.ctx().header("Cache-Control", "private, no-store").contentType("application/octet-stream")
                .result(r.document().content());
    }

    private Readable readable(AdmittedRequest call) {
        String id = call.ctx().pathParam("id");
        HttpProblem none = HttpProblem.notFound("no document with envelope id " + id + " that you may read");
        LogRows.Document d = store.log().document(id).orElseThrow(() -> none);
        List<LogRows.Entry> trail = store.log().trail(id);
        if (!delivery.mayRead(call.account(), id, Envelope.parse(d.envelope().getBytes(StandardCharsets.US_ASCII)), trail)) {
            throw none;
        }
        return new Readable(d, trail);
    }

    private record Readable(LogRows.Document document, List<LogRows.Entry> trail) {
    }
}
