package org.repatria.server.document;

import java.util.List;
import org.repatria.core.account.Account;
import org.repatria.core.account.Role;
import org.repatria.core.document.DocumentType;
import org.repatria.core.document.EntryKind;
import org.repatria.core.document.Envelope;
import org.repatria.core.party.PartyId;
import org.repatria.core.party.PartyKind;
import org.repatria.server.access.DocumentRoles;
import org.repatria.store.Store;
import org.repatria.store.log.LogEntries;

/**
 * Need to know for documents: the author and the mediator read a document; an addressee reads it once it was delivered
 * to it. A document is delivered when the mediator relayed it; a stored list's document, which its author signs for
 * every other party, only once the list itself was relayed to that party (docs/decisions/0130); one the mediator wrote
 * itself (a reminder, a reunification record) as soon as it is on the log (docs/decisions/0149). To anyone else a
 * document does not exist. Within a party, the reader's role must read such a document too ({@link DocumentRoles}: an
 * identification unit reads remains matters only; issue 15).
 */
public final class DocumentReaders {
    private final Store store;
    private final DocumentRoles roles;

    /** Deliveries as {@code store} records them. */
    public DocumentReaders(Store store) {
        this.store = store;
        this.roles = new DocumentRoles(store);
    }

    /** Whether {@code who} may read document {@code envelopeId}: its author, the mediator, or a party it was delivered to. */
    public boolean mayRead(Account who, String envelopeId, Envelope envelope, List<LogEntries.Entry> trail) {
        return (who.role() == Role.MEDIATOR || envelope.author().equals(who.party())
                || delivered(who.party(), envelopeId, envelope, trail)) && roles.reads(who, envelopeId, envelope);
    }

    /** Whether document {@code envelopeId} was delivered to {@code party} as one of its addressees. */
    public boolean delivered(PartyId party, String envelopeId, Envelope envelope, List<LogEntries.Entry> trail) {
        if (!envelope.addressees().contains(party)) {
            return false;
        }
        // A document the mediator wrote itself (a reunification record) is delivered once on the log: no one relays it.
        if (store.parties().find(envelope.author()).filter(p -> p.kind() == PartyKind.MEDIATOR).isPresent()) {
            return true;
        }
        if (trail.stream().noneMatch(e -> e.kind().equals(EntryKind.RELAYED.token()))) {
            return false;
        }
        return envelope.type() != DocumentType.PERSON_LIST || store.lists().byEnvelope(envelopeId)
                .map(list -> store.lists().relayedTo(list).contains(party)).orElse(true);
    }
}
