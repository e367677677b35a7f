package org.repatria.server.document;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.repatria.core.party.PartyId;
import org.repatria.store.party.Parties;

/** Whether a party takes part in the talks; parties are never removed, so one found is remembered. */
final class KnownParties {
    private final Parties parties;
    private final Set<PartyId> found = ConcurrentHashMap.newKeySet();

    KnownParties(Parties parties) {
        this.parties = parties;
    }

    /** Whether {@code party} is stored; only a party not yet seen is looked up. */
    boolean exists(PartyId party) {
        if (found.contains(party)) {
            return true;
        }
        boolean exists = parties.find(party).isPresent();
        if (exists && found.size() < KeyStrings.MAX_KEYS) {
            found.add(party);
        }
        return exists;
    }
}
