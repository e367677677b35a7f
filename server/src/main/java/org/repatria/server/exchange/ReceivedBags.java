package org.repatria.server.exchange;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.repatria.core.agreement.PersonRef;
import org.repatria.core.handover.Presented;
import org.repatria.core.party.PartyId;
import org.repatria.core.tranche.Tranche;
import org.repatria.store.Store;
import org.repatria.store.exchange.HandoverCheck;
import org.repatria.store.exchange.Signature;

/**
 * The body bags of an accepted agreement as its crossings recorded them (every presented line with a body tag: on the
 * manifest or not), read once per call: the tranche, the tag, the receiving side, whom the manifest line it crossed for
 * names, and whether the receiver has signed the tranche's act (received it).
 */
final class ReceivedBags {
    private ReceivedBags() {
    }

    /** One bag as it crossed. */
    record Bag(int tranche, String tag, PartyId receiver, Optional<PersonRef> label, boolean received) {
    }

    static List<Bag> of(Store store, AcceptedAgreement loaded) {
        Optional<PlanVersions.Version> plan = PlanVersions.inForce(store, loaded);
        if (plan.isEmpty()) {
            return List.of();
        }
        List<Bag> bags = new ArrayList<>();
        for (Tranche t : plan.get().plan().tranches()) {
            List<HandoverCheck> checks = store.exchanges().checks(loaded.id(), t.number());
            if (checks.isEmpty()) {
                continue;
            }
            Set<PartyId> signed = store.exchanges().signatures(loaded.id(), HandoverActs.subject(t.number())).stream()
                    .map(Signature::party).collect(Collectors.toSet());
            for (HandoverCheck c : checks) {
                Presented p = PresentedCodec.decode(c.presented());
                if (p.bodyTag().isEmpty()) {
                    continue;
                }
                PartyId receiver = loaded.agreement().counterpart(c.party());
                bags.add(new Bag(t.number(), p.bodyTag(), receiver,
                        c.outcome().equals("HANDED_OVER") ? c.person() : Optional.empty(), signed.contains(receiver)));
            }
        }
        return bags;
    }
}
