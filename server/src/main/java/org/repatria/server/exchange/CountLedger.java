package org.repatria.server.exchange;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.repatria.core.count.BagFinding;
import org.repatria.core.count.Count;
import org.repatria.core.count.Figures;
import org.repatria.core.count.Stage;
import org.repatria.core.count.Tally;
import org.repatria.core.party.PartyId;
import org.repatria.core.tranche.Tranche;
import org.repatria.server.error.HttpProblem;
import org.repatria.store.Store;
import org.repatria.store.exchange.Discrepancy;
import org.repatria.store.exchange.StoredAct;
import org.repatria.store.exchange.StoredCount;

/**
 * An agreement's counts as stored, with the findings of the crossings and the state of each act: what the tally is
 * made of, and when a new count may be stated without changing an act someone is signing.
 */
record CountLedger(Store store, String id, List<StoredCount> stored, List<Tranche> tranches, Set<Integer> acts) {

    static CountLedger of(Store store, AcceptedAgreement loaded) {
        List<Tranche> tranches = store.exchanges().planInForce(loaded.id()).isEmpty() ? List.of()
                : PlanVersions.requireInForce(store, loaded).plan().tranches();
        Set<Integer> acts = store.exchanges().acts(loaded.id()).stream().map(StoredAct::tranche).collect(Collectors.toSet());
        return new CountLedger(store, loaded.id(), store.exchanges().counts().of(loaded.id()), tranches, acts);
    }

    /** The same ledger with only the counts stored before {@code moment}. */
    CountLedger before(java.time.Instant moment) {
        return new CountLedger(store, id, stored.stream().filter(c -> c.at().isBefore(moment)).toList(), tranches, acts);
    }

    /** The tally of the stored counts and the crossings' findings. */
    Tally tally() {
        List<Count> counts = stored.stream().map(c -> new Count(id, c.tranche(), Stage.valueOf(c.stage()), c.party(),
                new Figures(c.persons(), c.bags(), c.samples()))).toList();
        List<Discrepancy> discrepancies = store.exchanges().discrepancies(id);
        List<BagFinding> findings = new ArrayList<>();
        tranches.forEach(t -> findings.addAll(CountFindings.of(store, id, t.number(), discrepancies)));
        return new Tally(counts, findings);
    }

    /** The stored count of a tranche at a stage, when stated. */
    Optional<StoredCount> at(int tranche, Stage stage) {
        return stored.stream().filter(c -> c.tranche() == tranche && c.stage().equals(stage.name())).findFirst();
    }

    /**
     * Refuses (409, nothing stored) a count its stage cannot take now: a second one; a declared or crossing count once
     * the act is being signed (it is in the act); a crossing count before the handing side recorded the crossing; a
     * morgue count before the act is signed (the remains are not received); any count while a later tranche's act is
     * half signed (its running totals would change under the signatures).
     */
    void requireOpen(Count count) {
        int t = count.tranche();
        at(t, count.stage()).ifPresent(c -> {
            throw HttpProblem.conflict("counted_already", "tranche " + t + " has a " + count.stage().token() + " count already,"
                    + " stated by " + c.party() + " (" + c.by() + ") at " + c.at() + "; a stage is counted once");
        });
        boolean signing = !store.exchanges().signatures(id, HandoverActs.subject(t)).isEmpty();
        if (count.stage() != Stage.MORGUE && signing) {
            throw HttpProblem.conflict("crossing_fixed", "the act of tranche " + t + " is being signed, so its "
                    + count.stage().token() + " count is fixed; state a correction as a dispute document");
        }
        if (count.stage() == Stage.CROSSING && store.exchanges().checks(id, t).isEmpty()) {
            throw HttpProblem.conflict("nothing_recorded", "nothing was recorded at the crossing for tranche " + t
                    + " yet; count at the crossing once the handing side recorded it");
        }
        if (count.stage() == Stage.MORGUE && !acts.contains(t)) {
            throw HttpProblem.conflict("not_received", "the act of tranche " + t + " is not signed by both sides yet; the"
                    + " morgue counts remains once received");
        }
        for (Tranche later : tranches) {
            if (later.number() > t && !acts.contains(later.number())
                    && !store.exchanges().signatures(id, HandoverActs.subject(later.number())).isEmpty()) {
                throw HttpProblem.conflict("act_being_signed", "the act of tranche " + later.number() + " is being signed and"
                        + " shows the running totals; state this count of tranche " + t + " once both sides signed it");
            }
        }
    }

    /** The side handing the tranche's remains over: the one whose nominees it carries (409 when both or none). */
    static PartyId handing(AcceptedAgreement loaded, Tranche tranche) {
        PartyId first = loaded.agreement().first();
        PartyId second = loaded.agreement().second();
        boolean a = !tranche.nomineesFrom(first).isEmpty();
        boolean b = !tranche.nomineesFrom(second).isEmpty();
        if (a == b) {
            throw HttpProblem.conflict("no_direction", "tranche " + tranche.number() + " carries remains "
                    + (a ? "both ways" : "neither way") + "; counts follow one handing side");
        }
        return a ? first : second;
    }
}
