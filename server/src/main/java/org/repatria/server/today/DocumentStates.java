package org.repatria.server.today;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
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
 * Every document's state, folded from the log's steps: its envelope (type, author, addressees, what it answers),
 * whether it was relayed, who acknowledged it; and, kept as the fold goes, the documents not relayed, those each party
 * has not acknowledged, and the disputes not answered, so a read costs what it returns. {@link #catchUp} folds only the
 * steps appended since the last (one query by index, nothing when nothing is new); the log is append-only, so the fold
 * never goes back. A few hundred bytes a document.
 */
final class DocumentStates {
    /** How many log entries one query folds in at most (the first read pages through the whole log). */
    static final int PAGE = 10_000;
    private final Store store;
    private final Map<String, Doc> docs = new HashMap<>();
    private final Set<Doc> unrelayed = new LinkedHashSet<>();
    private final Map<PartyId, Set<Doc>> unacknowledged = new HashMap<>();
    private final Set<Doc> openDisputes = new LinkedHashSet<>();
    /** Disputes answered before the fold met them (never, as the log goes; kept for safety). */
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

    /** Folds the steps appended since the last call. */
    synchronized void catchUp() {
        for (List<LoggedStep> page = store.documents().stepsAfter(last, PAGE); !page.isEmpty();
             page = page.size() < PAGE ? List.of() : store.documents().stepsAfter(last, PAGE)) {
            for (LoggedStep s : page) {
                fold(s);
                last = s.index();
            }
        }
    }

    /** The documents relayed (or written by a mediator) to {@code party} that it has not acknowledged, oldest first. */
    synchronized List<Doc> unacknowledged(PartyId party, Set<PartyId> mediators) {
        List<Doc> out = new ArrayList<>();
        for (Doc d : unacknowledged.getOrDefault(party, Set.of())) {
            if (d.relayed || mediators.contains(d.envelope.author())) {
                out.add(d);
            }
        }
        return out;
    }

    /** How many documents no one relayed yet, leaving out those a mediator wrote (they need no relay; decision 0149). */
    synchronized int unrelayed(Set<PartyId> mediators) {
        int n = 0;
        for (Doc d : unrelayed) {
            n += mediators.contains(d.envelope.author()) ? 0 : 1;
        }
        return n;
    }

    /** The disputes not answered yet, oldest first (delivered or not: the caller decides who may see which). */
    synchronized List<Doc> openDisputes() {
        return List.copyOf(openDisputes);
    }

    /** Whether the document was relayed (false for one the log does not know). */
    synchronized boolean relayed(String envelopeId) {
        Doc d = docs.get(envelopeId);
        return d != null && d.relayed;
    }

    /** A document's envelope, as the log holds it. */
    synchronized Optional<Envelope> envelope(String envelopeId) {
        return Optional.ofNullable(docs.get(envelopeId)).map(d -> d.envelope);
    }

    private void fold(LoggedStep s) {
        if (s.kind().equals(EntryKind.SUBMITTED.token()) && s.envelope().isPresent()) {
            Envelope e = Envelope.parse(s.envelope().get().getBytes(StandardCharsets.US_ASCII));
            Doc d = new Doc(s.envelopeId(), s.index(), e);
            docs.put(d.id, d);
            unrelayed.add(d);
            for (PartyId to : e.addressees()) {
                if (!to.equals(e.author())) {
                    unacknowledged.computeIfAbsent(to, p -> new LinkedHashSet<>()).add(d);
                }
            }
            if (e.type() == DocumentType.DISPUTE && !answered.contains(d.id)) {
                openDisputes.add(d);
            }
            if (e.type() == DocumentType.ANSWER) { // an answer to anything but a dispute answers no dispute
                e.answers().ifPresent(a -> {
                    answered.add(a.hex());
                    Optional.ofNullable(docs.get(a.hex())).ifPresent(openDisputes::remove);
                });
            }
        } else if (s.kind().equals(EntryKind.RELAYED.token())) {
            Optional.ofNullable(docs.get(s.envelopeId())).ifPresent(d -> {
                d.relayed = true;
                unrelayed.remove(d);
            });
        } else if (s.kind().equals(EntryKind.ACKNOWLEDGED.token())) {
            Optional.ofNullable(docs.get(s.envelopeId())).ifPresent(d -> {
                d.acknowledged.add(s.signer());
                Optional.ofNullable(unacknowledged.get(s.signer())).ifPresent(set -> set.remove(d));
            });
        }
    }
}
