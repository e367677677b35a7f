package org.repatria.server.access;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.repatria.core.account.Account;
import org.repatria.core.document.DocumentType;
import org.repatria.core.document.Envelope;
import org.repatria.core.person.Category;
import org.repatria.store.Store;

/**
 * Need to know by role for documents (issue 15, docs/decisions/0164), beside which party may read one (the author, the
 * mediator, an addressee it was delivered to): the mediator's and the parties' desks read the lists, exchanges and
 * disputes their party may; an observer reads what reached it (what it was granted); an identification unit reads only
 * remains matters — a remains list's document and the disputes and answers about it — never the desk's other papers.
 */
public final class DocumentRoles {
    /** The most {@code answers} links followed from a document up to the one its thread is about. */
    static final int MAX_THREAD_DEPTH = 32;
    private final Store store;

    /** Documents and lists read from {@code store}. */
    public DocumentRoles(Store store) {
        this.store = store;
    }

    /** Whether {@code reader}'s role reads documents like {@code envelope} (its party's right is checked apart). */
    public boolean reads(Account reader, String envelopeId, Envelope envelope) {
        return switch (reader.role()) {
            case MEDIATOR, PARTY_DESK, OBSERVER -> true;
            case IDENTIFICATION -> aboutRemains(envelopeId, envelope);
        };
    }

    // Follows a dispute or answer up its thread to the document it is about: a remains list's, or not remains at all.
    private boolean aboutRemains(String envelopeId, Envelope envelope) {
        String id = envelopeId;
        Envelope e = envelope;
        for (int depth = 0; depth < MAX_THREAD_DEPTH; depth++) {
            if (e.type() == DocumentType.PERSON_LIST) {
                return store.lists().byEnvelope(id).flatMap(store.lists()::header)
                        .filter(h -> h.category() == Category.REMAINS).isPresent();
            }
            if (e.answers().isEmpty()) {
                return false;
            }
            id = e.answers().get().hex();
            Optional<Envelope> answered = store.documents().document(id)
                    .map(d -> Envelope.parse(d.envelope().getBytes(StandardCharsets.US_ASCII)));
            if (answered.isEmpty()) {
                return false;
            }
            e = answered.get();
        }
        return false;
    }
}
