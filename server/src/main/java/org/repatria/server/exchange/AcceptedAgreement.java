package org.repatria.server.exchange;

import java.util.Map;
import org.repatria.core.account.Account;
import org.repatria.core.agreement.Agreement;
import org.repatria.core.agreement.PersonRef;
import org.repatria.store.Store;

/** An accepted agreement with what running it needs: the nominees of both sides and every person's state now. */
record AcceptedAgreement(ReplayedAgreement replayed, Agreement agreement, Rosters rosters, Map<PersonRef, String> states, ListedPersons persons) {

    /** Loads the agreement the reader may see; 404 when hidden, 409 while it is under negotiation. */
    static AcceptedAgreement of(Store store, AgreementAccess agreements, Account reader, String id) {
        ReplayedAgreement replayed = agreements.require(reader, id);
        Agreement agreement = agreements.accepted(replayed);
        ListedPersons persons = new ListedPersons(store);
        Rosters rosters = Rosters.of(agreement, store.exchanges().nominations(id), persons);
        return new AcceptedAgreement(replayed, agreement, rosters, store.exchanges().states(id), persons);
    }

    String id() {
        return replayed.id();
    }
}
