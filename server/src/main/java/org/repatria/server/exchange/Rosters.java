package org.repatria.server.exchange;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.repatria.core.agreement.Agreement;
import org.repatria.core.agreement.Nominee;
import org.repatria.core.agreement.PersonRef;
import org.repatria.core.party.PartyId;
import org.repatria.core.tranche.Roster;
import org.repatria.store.exchange.StoredNomination;

/** Each side's eligible nominees in priority order with its reserves, as the planner takes them, and every nominee by person. */
record Rosters(Roster first, Roster second, Map<PersonRef, Nominee> nominees) {

    static Rosters of(Agreement agreement, List<StoredNomination> nominations, ListedPersons persons) {
        Map<PersonRef, Nominee> all = new HashMap<>();
        persons.load(nominations.stream().map(StoredNomination::person).toList());
        for (StoredNomination n : nominations) {
            all.put(n.person(), persons.nominee(n.person(), n.party(), ListedPersons.health(n.health(), "health")));
        }
        return new Rosters(roster(agreement.first(), nominations, all), roster(agreement.second(), nominations, all), all);
    }

    private static Roster roster(PartyId side, List<StoredNomination> nominations, Map<PersonRef, Nominee> all) {
        List<Nominee> priority = new ArrayList<>();
        List<Nominee> reserves = new ArrayList<>();
        for (StoredNomination n : nominations) {
            if (n.party().equals(side) && n.eligible()) {
                (n.reserve() ? reserves : priority).add(all.get(n.person()));
            }
        }
        return new Roster(side, priority, reserves);
    }
}
