package org.repatria.server.today;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.repatria.core.document.DocumentType;
import org.repatria.core.document.EntryKind;
import org.repatria.core.document.Envelope;
import org.repatria.core.party.PartyId;
import org.repatria.store.Store;
import org.repatria.store.log.LoggedStep;

/**
 * Every document's state, folded from the log's steps: its type, author, addressees, what it answers, whether it was
 * relayed, who acknowledged it. Each read folds only the steps appended since the last (one query by index, nothing
 * when nothing is new); the log is append-only, so the fold never goes back. A few hundred bytes a document.
 */
final class DocumentStates {
    /** How many log entries one query folds in at most (the first read pages through the whole log). */
    static final int PAGE = 10_000;
    private final Store store;
    private final Map<String, Doc> docs = new HashMap<>();
    /** Disputes answered (by an answer document naming them), by envelope id. */
    private final Set<String> answered = new HashSet<>();
    private long last = -1;

    DocumentStates(Store store) {
        this.store = store;
    }

    /** A document as its steps leave it (relayed and acknowledgements change as the fold reads on). */
    static final class Doc {
        final String id;
        final long index;
        final Envelope envelope;
        final Set<PartyId> acknowledged = new HashSet<>(2);
        boolean relayed;

        Doc(String id, long index, Envelope envelope) {
            this.id = id;
            this.index = index;
            this.envelope = envelope;
        }
    }

    /** The documents relayed (or written by a mediator) to {@code party} that it has not acknowledged, oldest first. */
    synchronized List<Doc> unacknowledged(PartyId party, Set<PartyId> mediators) {
        refresh();
        List<Doc> out = new ArrayList<>();
        for (Doc d : docs.values()) {
            if (d.envelope.addressees().contains(party) && !d.envelope.author().equals(party) && !d.acknowledged.contains(party)
                    && (d.relayed || mediators.contains(d.envelope.author()))) {
                out.add(d);
            }
        }
        out.sort((x, y) -> Long.compare(x.index, y.index));
        return out;
    }

    /** How many documents no one relayed yet, leaving out those a mediator wrote (they need no relay; decision 0149). */
    synchronized int unrelayed(Set<PartyId> mediators) {
        refresh();
        int n = 0;
        for (Doc d : docs.values()) {
            n += !d.relayed && !mediators.contains(d.envelope.author()) ? 1 : 0;
        }
        return n;
    }

    /** The disputes not answered yet, oldest first (delivered or not: the caller decides who may see which). */
    synchronized List<Doc> openDisputes() {
        refresh();
        List<Doc> out = new ArrayList<>();
        for (Doc d : docs.values()) {
            if (d.envelope.type() == DocumentType.DISPUTE && !answered.contains(d.id)) {
                out.add(d);
            }
        }
        out.sort((x, y) -> Long.compare(x.index, y.index));
        return out;
    }

    /** Whether the document was relayed (false for one the log does not know). */
    synchronized boolean relayed(String envelopeId) {
        refresh();
        Doc d = docs.get(envelopeId);
        return d != null && d.relayed;
    }

    private void refresh() {
        for (List<LoggedStep> page = store.documents().stepsAfter(last, PAGE); !page.isEmpty();
             page = page.size() < PAGE ? List.of() : store.documents().stepsAfter(last, PAGE)) {
            for (LoggedStep s : page) {
                fold(s);
                last = s.index();
            }
        }
    }

    private void fold(LoggedStep s) {
        if (s.kind().equals(EntryKind.SUBMITTED.token()) && s.envelope().isPresent()) {
            Envelope e = Envelope.parse(s.envelope().get().getBytes(StandardCharsets.US_ASCII));
            docs.put(s.envelopeId(), new Doc(s.envelopeId(), s.index(), e));
            if (e.type() == DocumentType.ANSWER) { // an answer to anything but a dispute answers no dispute
                e.answers().ifPresent(a -> answered.add(a.hex()));
            }
        } else if (s.kind().equals(EntryKind.RELAYED.token())) {
            Optional.ofNullable(docs.get(s.envelopeId())).ifPresent(d -> d.relayed = true);
        } else if (s.kind().equals(EntryKind.ACKNOWLEDGED.token())) {
            Optional.ofNullable(docs.get(s.envelopeId())).ifPresent(d -> d.acknowledged.add(s.signer()));
        }
    }
}
