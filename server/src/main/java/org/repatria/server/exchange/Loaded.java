package org.repatria.server.exchange;

import java.util.Map;
import org.repatria.core.account.Account;
import org.repatria.core.agreement.Agreement;
import org.repatria.core.agreement.PersonRef;
import org.repatria.store.Store;

/** An accepted agreement with what running it needs: the nominees of both sides and every person's state now. */
record Loaded(Running running, Agreement agreement, Rosters rosters, Map<PersonRef, String> states, Persons persons) {

    /** Loads the agreement the reader may see; 404 when hidden, 409 while it is under negotiation. */
    static Loaded of(Store store, Agreements agreements, Account reader, String id) {
        Running running = agreements.require(reader, id);
        Agreement agreement = agreements.accepted(running);
        Persons persons = new Persons(store);
        Rosters rosters = Rosters.of(agreement, store.exchanges().nominations(id), persons);
        return new Loaded(running, agreement, rosters, store.exchanges().states(id), persons);
    }

    String id() {
        return running.id();
    }
}
