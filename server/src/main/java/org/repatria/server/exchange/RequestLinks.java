package org.repatria.server.exchange;

import java.util.HashMap;
import java.util.Map;
import org.repatria.core.agreement.PersonRef;
import org.repatria.core.list.ListHeader;
import org.repatria.core.list.ListId;
import org.repatria.core.list.ListPurpose;
import org.repatria.core.party.PartyId;
import org.repatria.store.Store;
import org.repatria.store.link.MatchRun;
import org.repatria.store.link.StoredLink;

/**
 * Ties a side's listed persons to the counterparty's request rows through match links agreements may use (confirmed
 * by a reviewer, or matched and not rejected), from any finished run between the list and a request of the counterparty
 * that was relayed to the side (a request the side may not read is not disclosed, not even by its id).
 */
final class RequestLinks {
    private RequestLinks() {
    }

    /** By row id of {@code list}: the counterparty's request row linked to it. */
    static Map<String, PersonRef> of(Store store, ListId list, PartyId counterparty) {
        Map<String, PersonRef> out = new HashMap<>();
        PartyId side = store.lists().header(list).map(ListHeader::author).orElse(counterparty);
        for (MatchRun run : store.runs().all()) {
            if (run.state() != MatchRun.State.DONE || !(run.left().equals(list) || run.right().equals(list))) {
                continue;
            }
            boolean left = run.left().equals(list);
            ListId other = left ? run.right() : run.left();
            boolean request = store.lists().header(other).filter(h -> h.author().equals(counterparty)
                    && h.purpose() == ListPurpose.REQUEST).isPresent() && store.lists().relayedTo(other).contains(side);
            if (!request) {
                continue;
            }
            for (StoredLink link : store.runs().links(run.id())) {
                if (link.accepted()) {
                    out.putIfAbsent(left ? link.leftRow() : link.rightRow(),
                            new PersonRef(other, left ? link.rightRow() : link.leftRow()));
                }
            }
        }
        return out;
    }
}
