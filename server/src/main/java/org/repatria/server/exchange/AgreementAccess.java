package org.repatria.server.exchange;

import java.util.List;
import java.util.Optional;
import org.repatria.core.account.Account;
import org.repatria.core.account.Role;
import org.repatria.core.agreement.Agreement;
import org.repatria.core.agreement.AgreementKind;
import org.repatria.core.party.PartyId;
import org.repatria.core.party.PartyKind;
import org.repatria.server.access.ChildRecords;
import org.repatria.server.error.HttpProblem;
import org.repatria.server.error.Refusals;
import org.repatria.server.exchange.AgreementMessages.GrantRequest;
import org.repatria.store.Store;
import org.repatria.store.child.RecordPart;
import org.repatria.store.exchange.AgreementStep;
import org.repatria.store.exchange.StoredAgreement;

/**
 * Need to know for agreements: the mediator and the proposing side see an agreement, the other side once the proposal
 * was relayed to it, an observer only once the mediator granted it; to anyone else it does not exist (404, so its id
 * reveals nothing). A step's text is read by its author's side, the mediator, and the others once it was relayed.
 */
final class AgreementAccess {
    private final Store store;
    private final ExchangeDocuments documents;
    private final ChildRecords children;

    AgreementAccess(Store store, ExchangeDocuments documents, ChildRecords children) {
        this.store = store;
        this.documents = documents;
        this.children = children;
    }

    /** The agreement if the reader may see it. */
    Optional<ReplayedAgreement> readable(Account reader, String id) {
        return store.exchanges().agreement(id).filter(a -> mayRead(reader, a))
                .map(a -> ReplayedAgreement.of(a, store.exchanges().steps(a.id())));
    }

    /** The agreement named by the path, readable by the reader; else 404. */
    ReplayedAgreement require(Account reader, String id) {
        return readable(reader, id).orElseThrow(() -> HttpProblem.notFound("no agreement " + id + " that you may see"));
    }

    /** The agreement, readable by the reader and accepted; 409 while it is still under negotiation. */
    Agreement accepted(ReplayedAgreement replayed) {
        return replayed.accepted().orElseThrow(() -> HttpProblem.conflict("not_accepted", "agreement " + replayed.id()
                + " is not accepted yet; nominations, plans and handovers follow the accepted text"));
    }

    /** The agreement, when the caller is one of its two sides (to act as one); 403 for the mediator or an observer. */
    ReplayedAgreement requireSide(Account caller, String id) {
        ReplayedAgreement r = require(caller, id);
        if (!r.stored().isSide(caller.party())) {
            throw HttpProblem.forbidden("only the two sides of agreement " + id + " take this step");
        }
        return r;
    }

    /** Grants the observer {@code request} names sight of the agreement (terms and progress, nothing personal). */
    ReplayedAgreement grant(Account mediator, String id, GrantRequest request) {
        ReplayedAgreement replayed = require(mediator, id);
        String raw = Optional.ofNullable(request.observer()).orElse("");
        PartyId observer;
        try {
            observer = PartyId.of(raw);
        } catch (IllegalArgumentException e) {
            throw HttpProblem.invalid("observer", "is not a party id");
        }
        if (store.parties().find(observer).filter(p -> p.kind() == PartyKind.OBSERVER).isEmpty()) {
            throw HttpProblem.invalid("observer", "no observer '" + raw + "'");
        }
        Refusals.translate(() -> store.exchanges().grant(replayed.id(), observer));
        return replayed;
    }

    /** Every agreement the reader may see, newest first. */
    List<StoredAgreement> visible(Account reader) {
        return store.exchanges().agreements().stream().filter(a -> mayRead(reader, a)).toList();
    }

    /**
     * Whether the reader sees personal data of the agreement (names, rows): the sides and the mediator; of an agreement
     * exchanging children, only the accounts that work children's cases and the mediator (docs/decisions/0147).
     */
    boolean seesPersons(Account reader, StoredAgreement a) {
        boolean party = reader.role() == Role.MEDIATOR || a.isSide(reader.party());
        return party && (!AgreementKind.CHILDREN.name().equalsIgnoreCase(a.kind()) || children.mayRead(reader));
    }

    /**
     * As {@link #seesPersons}, for a reader about to be shown the persons: for an agreement exchanging children, one read
     * of each children's list its nominations name is recorded for the supervisors (docs/decisions/0147).
     */
    boolean readsPersons(Account reader, StoredAgreement a) {
        boolean sees = seesPersons(reader, a);
        if (sees && AgreementKind.CHILDREN.name().equalsIgnoreCase(a.kind())) {
            store.exchanges().nominations(a.id()).stream().map(n -> n.person().list()).distinct()
                    .forEach(list -> children.recordRead(reader, list, Optional.empty(), RecordPart.EXCHANGE));
        }
        return sees;
    }

    private boolean mayRead(Account reader, StoredAgreement a) {
        if (reader.role() == Role.MEDIATOR && reader.party().equals(a.mediator())) {
            return true;
        }
        if (reader.role() == Role.OBSERVER) {
            return store.exchanges().grants(a.id()).contains(reader.party());
        }
        return a.isSide(reader.party()) && reader.role() != Role.MEDIATOR && opened(reader, a);
    }

    /** A side learns of an agreement when it proposed it, or once the mediator relayed the proposal to it. */
    private boolean opened(Account reader, StoredAgreement a) {
        return store.exchanges().steps(a.id()).stream().findFirst()
                .filter(first -> first.party().equals(reader.party()) || documents.relayed(first.envelopeId())).isPresent();
    }

    /** Whether the reader may read the text of {@code step}: the mediator, its author's side, or once relayed. */
    boolean mayRead(Account reader, AgreementStep step) {
        return reader.role() == Role.MEDIATOR || step.party().equals(reader.party()) || documents.relayed(step.envelopeId());
    }
}
