package org.repatria.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.repatria.core.agreement.Fixtures.RU;
import static org.repatria.core.agreement.Fixtures.UA;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.repatria.core.agreement.Agreement;
import org.repatria.core.agreement.AgreementText;
import org.repatria.core.agreement.Fixtures;
import org.repatria.core.agreement.Health;
import org.repatria.core.agreement.Negotiation;
import org.repatria.core.agreement.Nominee;
import org.repatria.core.agreement.PersonRef;
import org.repatria.core.handover.ActLanguage;
import org.repatria.core.handover.Crossed;
import org.repatria.core.handover.Delivered;
import org.repatria.core.handover.Discrepancy;
import org.repatria.core.handover.HandoverAct;
import org.repatria.core.handover.Interview;
import org.repatria.core.handover.Manifest;
import org.repatria.core.handover.Presented;
import org.repatria.core.handover.Reconciliation;
import org.repatria.core.lifecycle.PersonState;
import org.repatria.core.lifecycle.Standing;
import org.repatria.core.party.PartyId;
import org.repatria.core.tranche.Capacity;
import org.repatria.core.tranche.DropOut;
import org.repatria.core.tranche.Plan;
import org.repatria.core.tranche.PlanCheck;
import org.repatria.core.tranche.Planner;
import org.repatria.core.tranche.Roster;
import org.repatria.core.tranche.Slot;
import org.repatria.core.tranche.Tranche;

/**
 * The demo's must-show at the level of the domain: 1,000 for 1,000 in tranches of 390, 307 and 303 with two refusals
 * and one person not found made good from reserves, and 6,000 bodies one way in tranches of at most 1,212. At the end
 * the plan, the lifecycle and the handover acts agree person by person.
 */
class ExchangeScenarioTest {

    @Test
    void aThousandForAThousandWithTwoRefusalsAndOneNotFoundEndsWithAThousandReceivedEachWay() {
        Agreement agreed = settle(Fixtures.fixed(1000, 1000));
        Roster ua = new Roster(UA, Fixtures.prisoners(UA, 1, 1000), Fixtures.prisoners(UA, 5001, 5010));
        Roster ru = new Roster(RU, Fixtures.prisoners(RU, 1, 1000), Fixtures.prisoners(RU, 5001, 5010));
        List<Slot> slots = List.of(slot(0, Capacity.people(390, 0)), slot(1, Capacity.people(307, 0)),
                slot(2, Capacity.people(310, 0)));
        Plan plan = Planner.plan(agreed, ua, ru, slots);
        assertThat(plan.tranches()).extracting(t -> t.from(UA).size()).containsExactly(390, 307, 303);
        Ledger ledger = new Ledger(agreed);
        ledger.enter(plan);

        Tranche first = plan.tranche(1);
        Nominee refusing1 = first.nomineesFrom(UA).get(10);
        Nominee refusing2 = first.nomineesFrom(UA).get(200);
        Nominee missing = first.nomineesFrom(RU).get(50);
        HandoverAct act1 = HandoverAct.of(agreed, first, List.of(
                reconcile(agreed, first, UA, first.nomineesFrom(UA).stream().map(n -> presented(n,
                        n.equals(refusing1) || n.equals(refusing2) ? Interview.REFUSES : Interview.CONSENTS)).toList(), List.of()),
                reconcile(agreed, first, RU, first.nomineesFrom(RU).stream().filter(n -> !n.equals(missing))
                        .map(n -> presented(n, Interview.CONSENTS)).toList(), List.of())));
        assertThat(act1.discrepancies()).containsExactlyInAnyOrder(
                new Discrepancy.Refused(refusing1, presented(refusing1, Interview.REFUSES)),
                new Discrepancy.Refused(refusing2, presented(refusing2, Interview.REFUSES)), new Discrepancy.Absent(missing));
        ledger.record(act1);

        Plan replanned = Planner.replan(agreed, plan, ua, ru, 1, List.of(
                new DropOut(refusing1, 1, DropOut.Reason.REFUSED_REPATRIATION),
                new DropOut(refusing2, 1, DropOut.Reason.REFUSED_REPATRIATION),
                new DropOut(missing, 1, DropOut.Reason.NOT_FOUND)));
        assertThat(PlanCheck.check(agreed, replanned)).isEmpty();
        assertThat(replanned.tranches()).extracting(t -> t.from(UA).size()).containsExactly(388, 307, 305);
        assertThat(replanned.tranches()).extracting(t -> t.from(RU).size()).containsExactly(389, 307, 304);
        ledger.enterNew(replanned);

        List<HandoverAct> acts = new ArrayList<>(List.of(act1));
        for (int number = 2; number <= 3; number++) {
            Tranche t = replanned.tranche(number);
            List<Delivered> earlier = ledger.delivered();
            HandoverAct act = HandoverAct.of(agreed, t, Stream.of(UA, RU).map(side -> reconcile(agreed, t, side,
                    t.nomineesFrom(side).stream().map(n -> presented(n, Interview.CONSENTS)).toList(), earlier)).toList());
            assertThat(act.discrepancies()).isEmpty();
            ledger.record(act);
            acts.add(act);
        }

        assertThat(acts.stream().mapToInt(a -> a.handedOverBy(UA).size()).sum()).isEqualTo(1000);
        assertThat(acts.stream().mapToInt(a -> a.handedOverBy(RU).size()).sum()).isEqualTo(1000);
        assertThat(ledger.in(PersonState.RECEIVED)).hasSize(2000).isEqualTo(crossed(acts));
        assertThat(ledger.in(PersonState.REFUSED_REPATRIATION)).containsExactlyInAnyOrder(refusing1.person(), refusing2.person());
        assertThat(ledger.in(PersonState.NOT_FOUND)).containsExactly(missing.person());
        assertThat(placed(replanned)).isEqualTo(crossed(acts));
        assertThat(ledger.moves()).as("five moves for each of 2,000 received, four for each of 3 exits").hasSize(2000 * 5 + 3 * 4);
        assertThat(ledger.replayed()).isEqualTo(ledger.states());
        assertThat(ledger.moves()).filteredOn(m -> m.to() == PersonState.HANDED_OVER)
                .allSatisfy(m -> assertThat(m.standing()).isEqualTo(Standing.HOLDER));
        assertThat(new String(act1.text(ActLanguage.UK), StandardCharsets.UTF_8))
                .contains("Handed over / Передано / Передано: 388", "Handed over / Передано / Передано: 389");
    }

    @Test
    void sixThousandBodiesGoInTranchesOfAtMost1212AndAreAllReceived() {
        Agreement agreed = settle(Fixtures.bodies(6000));
        Roster ru = new Roster(RU, Fixtures.bodies(RU, 1, 6000), List.of());
        List<Slot> slots = Stream.iterate(0, i -> i + 1).limit(6).map(i -> slot(7 * i, Capacity.remains(4, 303))).toList();
        Plan plan = Planner.plan(agreed, Roster.empty(UA), ru, slots);
        assertThat(PlanCheck.check(agreed, plan)).isEmpty();
        assertThat(plan.tranches()).extracting(t -> t.from(RU).size()).containsExactly(1212, 1212, 1212, 1212, 1152);
        Ledger ledger = new Ledger(agreed);
        ledger.enter(plan);
        List<HandoverAct> acts = new ArrayList<>();
        for (Tranche t : plan.tranches()) {
            List<Nominee> bodies = t.nomineesFrom(RU);
            List<Presented> bags = new ArrayList<>();
            for (int i = 0; i < bodies.size(); i++) {
                bags.add(Presented.body(bodies.get(i).bodyTag(), "", "C-" + (i / 101), "W-" + (i / 303 + 1)));
            }
            HandoverAct act = HandoverAct.of(agreed, t, List.of(reconcile(agreed, t, RU, bags, ledger.delivered())));
            assertThat(act.discrepancies()).isEmpty();
            ledger.record(act);
            acts.add(act);
        }
        assertThat(acts).allSatisfy(a -> assertThat(a.handedOverBy(RU)).hasSizeLessThanOrEqualTo(1212));
        assertThat(ledger.in(PersonState.RECEIVED)).hasSize(6000).isEqualTo(crossed(acts)).isEqualTo(placed(plan));
    }

    /** Proposed by one side, countered by the other, accepted; the text that was accepted is what is enforced. */
    private static Agreement settle(Agreement draft) {
        Negotiation n = Negotiation.open(UA, draft).counter(RU, 1, draft).accept(UA, 2);
        return AgreementText.parse(n.latest().text());
    }

    private static Slot slot(int day, Capacity capacity) {
        return new Slot(Fixtures.TALKS.plusDays(7 + day), "Belarus-Ukraine border", capacity);
    }

    private static Presented presented(Nominee n, Interview interview) {
        return Presented.person(n.serviceNumber(), n.displayName(), interview);
    }

    private static Reconciliation reconcile(Agreement a, Tranche t, PartyId from, List<Presented> presented,
                                            List<Delivered> earlier) {
        return Reconciliation.of(Manifest.of(a.id(), t, from, a.counterpart(from)), presented, String::equals, earlier);
    }

    private static Set<PersonRef> crossed(List<HandoverAct> acts) {
        Set<PersonRef> out = new HashSet<>();
        acts.forEach(a -> a.directions().forEach(r -> r.crossed().stream().map(Crossed::nominee)
                .forEach(n -> out.add(n.person()))));
        return out;
    }

    private static Set<PersonRef> placed(Plan plan) {
        Set<PersonRef> out = new HashSet<>();
        plan.tranches().forEach(t -> t.placements().forEach(p -> out.add(p.nominee().person())));
        return out;
    }
}
