package org.repatria.server.document;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.repatria.core.document.Envelope;
import org.repatria.store.Store;
import org.repatria.store.log.UnrelayedDocument;

/**
 * The mediator's queue: every submitted document, of every type, that the mediator has not relayed on the log yet,
 * oldest first. Only the mediator may be shown it (it names documents not yet delivered to anyone).
 */
public final class RelayQueue {
    private final Store store;

    /** The queue of the documents in {@code store}. */
    public RelayQueue(Store store) {
        this.store = store;
    }

    /** A document awaiting relay: where its submission is on the log, its envelope id and its envelope. */
    public record Awaiting(long index, String envelopeId, Envelope envelope) {
    }

    /** Every document awaiting relay, oldest submission first. */
    public List<Awaiting> awaiting() {
        return store.documents().unrelayed().stream().map(RelayQueue::awaiting).toList();
    }

    /** How many documents await relay (one count in the database, for the navigation). */
    public int count() {
        return store.documents().unrelayedCount();
    }

    private static Awaiting awaiting(UnrelayedDocument d) {
        return new Awaiting(d.index(), d.envelopeId(), Envelope.parse(d.envelope().getBytes(StandardCharsets.US_ASCII)));
    }
}
