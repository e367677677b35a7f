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

    /**
     * Every document awaiting relay, oldest submission first; not the mediator's own (a reminder), which its
     * submission delivers ({@link DocumentReaders#delivered}).
     */
    public List<Awaiting> awaiting() {
        return store.documents().unrelayed().stream().filter(d -> !DocumentReaders.mediator(store, d.author()))
                .map(RelayQueue::awaiting).toList();
    }

    /**
     * How many documents await relay, for the navigation: one count in the database, less the mediator's own
     * documents, read only when the count says some could be there.
     */
    public int count() {
        int all = store.documents().unrelayedCount();
        return all == 0 ? 0 : awaiting().size();
    }

    private static Awaiting awaiting(UnrelayedDocument d) {
        return new Awaiting(d.index(), d.envelopeId(), Envelope.parse(d.envelope().getBytes(StandardCharsets.US_ASCII)));
    }
}
