package org.repatria.core;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.repatria.core.account.Account;
import org.repatria.core.account.Role;
import org.repatria.core.agreement.Agreement;
import org.repatria.core.agreement.Nominee;
import org.repatria.core.agreement.PersonRef;
import org.repatria.core.handover.Crossed;
import org.repatria.core.handover.Delivered;
import org.repatria.core.handover.Discrepancy;
import org.repatria.core.handover.HandoverAct;
import org.repatria.core.handover.Reconciliation;
import org.repatria.core.lifecycle.Lifecycle;
import org.repatria.core.lifecycle.Move;
import org.repatria.core.lifecycle.PersonState;
import org.repatria.core.lifecycle.Subject;
import org.repatria.core.party.PartyId;
import org.repatria.core.tranche.Plan;
import org.repatria.core.tranche.Tranche;

/** The scenario's record of every person's state, moved only through {@link Lifecycle} by the party allowed to. */
final class Ledger {
    /** Everyone enters confirmed as held by the side that nominates them. */
    private static final PersonState START = PersonState.CONFIRMED_HELD;
    private final Agreement agreement;
    private final Lifecycle lifecycle = new Lifecycle(Clock.fixed(Instant.parse("2025-06-09T06:00:00Z"), ZoneOffset.UTC));
    private final Map<PersonRef, Subject> subjects = new LinkedHashMap<>();
    private final Map<PersonRef, Nominee> nominees = new LinkedHashMap<>();
    private final List<Delivered> delivered = new ArrayList<>();
    private final List<Move> moves = new ArrayList<>();

    Ledger(Agreement agreement) {
        this.agreement = agreement;
    }

    /** Everyone placed in the plan: nominated by the holder, agreed and placed by the mediator. */
    void enter(Plan plan) {
        plan.tranches().forEach(t -> t.placements().forEach(p -> {
            Nominee n = p.nominee();
            nominees.put(n.person(), n);
            subjects.put(n.person(), new Subject(n.person(), n.category(), n.holder(), agreement.counterpart(n.holder()),
                    agreement.mediator(), START));
            move(n, PersonState.NOMINATED, desk(n.holder()));
            move(n, PersonState.AGREED, mediator());
            move(n, PersonState.IN_TRANCHE, mediator());
        }));
    }

    /** Those a re-plan added (the reserves making good drop-outs). */
    void enterNew(Plan plan) {
        Plan added = new Plan(plan.agreement(), plan.tranches().stream().map(t -> new Tranche(
                t.number(), t.slot(), t.placements().stream().filter(p -> !subjects.containsKey(p.nominee().person())).toList(),
                t.explanation())).toList(), List.of(), List.of());
        enter(added);
    }

    /** The moves an act implies: handed over and received for who crossed; refusals and absences as exits. */
    void record(HandoverAct act) {
        for (Reconciliation r : act.directions()) {
            for (Crossed c : r.crossed()) {
                move(c.nominee(), PersonState.HANDED_OVER, desk(r.manifest().from()));
                move(c.nominee(), PersonState.RECEIVED, desk(r.manifest().to()));
                delivered.add(new Delivered(c.nominee(), act.tranche()));
            }
            for (Discrepancy d : r.discrepancies()) {
                switch (d) {
                    case Discrepancy.Refused x -> move(x.nominee(), PersonState.REFUSED_REPATRIATION, mediator());
                    case Discrepancy.Absent x -> move(x.nominee(), PersonState.NOT_FOUND, desk(r.manifest().from()));
                    default -> throw new AssertionError("the scenario has no " + d.describe());
                }
            }
        }
    }

    List<Delivered> delivered() {
        return List.copyOf(delivered);
    }

    /** Each person's state now. */
    Map<PersonRef, PersonState> states() {
        Map<PersonRef, PersonState> out = new LinkedHashMap<>();
        subjects.forEach((ref, s) -> out.put(ref, s.state()));
        return out;
    }

    /** Each person's state as their recorded moves replay from the start. */
    Map<PersonRef, PersonState> replayed() {
        Map<PersonRef, PersonState> out = new LinkedHashMap<>();
        subjects.forEach((ref, s) -> out.put(ref, Lifecycle.replay(s.in(START),
                moves.stream().filter(m -> m.person().equals(ref)).toList()).state()));
        return out;
    }

    List<Move> moves() {
        return List.copyOf(moves);
    }

    Set<PersonRef> in(PersonState state) {
        return subjects.values().stream().filter(s -> s.state() == state).map(Subject::person).collect(Collectors.toSet());
    }

    private void move(Nominee n, PersonState to, Account by) {
        Subject s = subjects.get(n.person());
        Move m = lifecycle.move(s, to, by, "");
        moves.add(m);
        subjects.put(n.person(), s.in(to));
    }

    private Account desk(PartyId party) {
        return new Account(party.value() + "-desk", "", party, Role.PARTY_DESK);
    }

    private Account mediator() {
        return new Account("mediator", "", agreement.mediator(), Role.MEDIATOR);
    }
}
