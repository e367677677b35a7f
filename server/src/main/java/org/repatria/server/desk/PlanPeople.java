package org.repatria.server.desk;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.repatria.core.account.Account;
import org.repatria.core.party.PartyId;
import org.repatria.server.exchange.Exchange;
import org.repatria.server.exchange.TrancheMessages.ManifestLine;
import org.repatria.server.exchange.TrancheMessages.ManifestReply;

/** Who crosses in each tranche of a plan version, both directions, with their basis and state, in the reader's words. */
final class PlanPeople {
    private PlanPeople() {
    }

    /** By tranche number: the persons of plan {@code number}, as the reader (a side or the mediator) may see them. */
    static Map<Integer, List<PlanViews.Crosser>> of(Exchange exchange, Account reader, String id, int number, Text t,
                                                    Map<PartyId, String> names) {
        Map<Integer, List<PlanViews.Crosser>> out = new TreeMap<>();
        for (ManifestReply m : exchange.planManifests(reader, id, number)) {
            out.put(m.tranche(), m.lines().stream().map(l -> crosser(l, t, names)).toList());
        }
        return out;
    }

    private static PlanViews.Crosser crosser(ManifestLine l, Text t, Map<PartyId, String> names) {
        String direction = names.getOrDefault(new PartyId(l.from()), l.from()) + " → "
                + names.getOrDefault(new PartyId(l.to()), l.to());
        return new PlanViews.Crosser(direction, l.name(), l.serviceNumber() + l.bodyTag(), CrossingWords.basis(t, l.basis()),
                l.state().isEmpty() ? "" : CrossingPages.state(t, l.state()));
    }
}
