package org.repatria.server.cta;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeSet;
import org.repatria.core.agreement.PersonRef;
import org.repatria.core.party.PartyId;
import org.repatria.store.Store;
import org.repatria.store.exchange.HandoverCheck;
import org.repatria.store.exchange.StoredAct;
import org.repatria.store.exchange.StoredAgreement;
import org.repatria.store.exchange.StoredNomination;

/**
 * The exchanges' record of a party's own persons, read from the store: for each person it nominated or put in a tranche,
 * the agreement that says most (the one they were handed over in; else the latest), their state, and the crossing and
 * act of their tranche. Persons of the other side are never read: only the party's own nominations and tranche places.
 */
final class Handovers {
    private static final String HANDED_OVER = "HANDED_OVER";
    private final Store store;

    Handovers(Store store) {
        this.store = store;
    }

    /** By person: what the exchanges of {@code party} (as one of the two sides) record of its own persons. */
    Map<PersonRef, Exchanged> of(PartyId party) {
        Map<PersonRef, Exchanged> out = new HashMap<>();
        List<StoredAgreement> agreements = store.exchanges().agreements().stream().filter(a -> a.isSide(party))
                .sorted(Comparator.comparing(StoredAgreement::created)).toList();
        for (StoredAgreement a : agreements) {
            of(a, party).forEach((ref, found) -> out.merge(ref, found, (before, later) -> before.crossed()
                    && !later.crossed() ? before : later));
        }
        return out;
    }

    private Map<PersonRef, Exchanged> of(StoredAgreement a, PartyId party) {
        Map<PersonRef, String> states = store.exchanges().states(a.id());
        Map<PersonRef, String> health = new HashMap<>();
        for (StoredNomination n : store.exchanges().nominations(a.id())) {
            if (n.party().equals(party)) {
                health.put(n.person(), n.health());
            }
        }
        Map<PersonRef, Integer> tranche = new HashMap<>();
        store.exchanges().planInForce(a.id()).ifPresent(plan -> store.exchanges().members(a.id(), plan.number()).stream()
                .filter(m -> m.party().equals(party)).forEach(m -> tranche.put(m.person(), m.tranche())));
        Map<Integer, StoredAct> acts = new HashMap<>();
        store.exchanges().acts(a.id()).forEach(act -> acts.put(act.tranche(), act));
        Map<PersonRef, HandoverCheck> crossed = new HashMap<>();
        for (int t : new TreeSet<>(tranche.values())) {
            for (HandoverCheck c : store.exchanges().checks(a.id(), t)) {
                if (c.party().equals(party) && c.outcome().equals(HANDED_OVER) && c.person().isPresent()) {
                    crossed.putIfAbsent(c.person().get(), c);
                }
            }
        }
        Map<PersonRef, Exchanged> out = new HashMap<>();
        TreeSet<PersonRef> refs = new TreeSet<>(Comparator.comparing(PersonRef::toString));
        refs.addAll(health.keySet());
        refs.addAll(tranche.keySet());
        for (PersonRef ref : refs) {
            Optional<HandoverCheck> check = Optional.ofNullable(crossed.get(ref));
            Optional<StoredAct> act = check.map(c -> acts.get(c.tranche()));
            out.put(ref, new Exchanged(a.id(), states.getOrDefault(ref, ""), health.getOrDefault(ref, ""),
                    check.map(c -> OptionalInt.of(c.tranche())).orElse(OptionalInt.empty()), check.map(HandoverCheck::at),
                    act.map(StoredAct::at), act.map(StoredAct::envelopeId).orElse("")));
        }
        return out;
    }
}
