package org.repatria.core.tranche;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.repatria.core.agreement.Fixtures.RU;
import static org.repatria.core.agreement.Fixtures.UA;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.repatria.core.agreement.Agreement;
import org.repatria.core.agreement.Fixtures;
import org.repatria.core.agreement.Health;
import org.repatria.core.agreement.Nominee;

class ReplanTest {
    private static final Agreement THOUSAND = Fixtures.fixed(1000, 1000);
    private static final Roster UA_ROSTER = new Roster(UA, Fixtures.prisoners(UA, 1, 1000), Fixtures.prisoners(UA, 2001, 2010));
    private static final Roster RU_ROSTER = new Roster(RU, Fixtures.prisoners(RU, 1, 1000), Fixtures.prisoners(RU, 2001, 2010));

    private static Plan plan() {
        return Planner.plan(THOUSAND, UA_ROSTER, RU_ROSTER, Slots.seats(390, 307, 310));
    }

    private static DropOut out(int row, int tranche, DropOut.Reason reason) {
        return new DropOut(Fixtures.prisoner(RU, row, Health.FIT), tranche, reason);
    }

    @Test
    void dropOutsOfTheFirstTrancheAreMadeGoodFromReservesWhereThereIsRoom() {
        List<DropOut> drops = List.of(out(5, 1, DropOut.Reason.REFUSED_REPATRIATION),
                out(9, 1, DropOut.Reason.REFUSED_REPATRIATION), out(17, 1, DropOut.Reason.NOT_FOUND));
        Plan after = Planner.replan(THOUSAND, plan(), UA_ROSTER, RU_ROSTER, 1, drops);
        assertThat(after.tranche(1).from(RU)).hasSize(387);
        assertThat(after.tranche(2).count(RU, Basis.MAKE_GOOD)).isZero();
        assertThat(after.tranche(3).from(RU).stream().filter(p -> p.basis() == Basis.MAKE_GOOD).map(Placement::nominee))
                .containsExactly(Fixtures.prisoner(RU, 2001, Health.FIT), Fixtures.prisoner(RU, 2002, Health.FIT),
                        Fixtures.prisoner(RU, 2003, Health.FIT));
        assertThat(after.tranche(3).explanation()).contains(
                "ru: 3 from reserves make good 1 not found in tranche 1, 2 refused repatriation in tranche 1");
        assertThat(after.dropOuts()).isEqualTo(drops);
        assertThat(PlanCheck.check(THOUSAND, after)).isEmpty();
    }

    @Test
    void aSecondReplanDoesNotReuseAReserve() {
        Plan once = Planner.replan(THOUSAND, plan(), UA_ROSTER, RU_ROSTER, 1, List.of(out(5, 1, DropOut.Reason.NOT_FOUND)));
        Plan twice = Planner.replan(THOUSAND, once, UA_ROSTER, RU_ROSTER, 2, List.of(out(400, 2, DropOut.Reason.WITHDRAWN)));
        assertThat(twice.tranche(3).nomineesFrom(RU)).contains(Fixtures.prisoner(RU, 2002, Health.FIT))
                .containsOnlyOnce(Fixtures.prisoner(RU, 2001, Health.FIT));
        assertThat(PlanCheck.check(THOUSAND, twice)).isEmpty();
    }

    @Test
    void withoutReservesLeftTheReplanIsRefused() {
        Roster noReserves = new Roster(RU, RU_ROSTER.priority(), List.of());
        assertThatThrownBy(() -> Planner.replan(THOUSAND, plan(), UA_ROSTER, noReserves, 1,
                List.of(out(5, 1, DropOut.Reason.REFUSED_REPATRIATION)))).isInstanceOf(PlanningException.class)
                .hasMessage("ru cannot make good " + Fixtures.listOf(RU) + "/r5 (refused repatriation in tranche 1): it has no"
                        + " unused eligible reserve left; nominate more reserves");
    }

    @Test
    void withoutRoomInALaterTrancheTheReplanIsRefused() {
        Plan full = Planner.plan(THOUSAND, UA_ROSTER, RU_ROSTER, Slots.seats(390, 307, 303));
        assertThatThrownBy(() -> Planner.replan(THOUSAND, full, UA_ROSTER, RU_ROSTER, 1,
                List.of(out(5, 1, DropOut.Reason.NOT_FOUND)))).hasMessageEndingWith("no tranche from 2 on has room; add a slot or capacity");
    }

    @Test
    void aDropOutNotInTheNamedTrancheIsRefused() {
        assertThatThrownBy(() -> Planner.replan(THOUSAND, plan(), UA_ROSTER, RU_ROSTER, 1,
                List.of(out(500, 1, DropOut.Reason.NOT_FOUND)))).hasMessage(Fixtures.listOf(RU) + "/r500 (Prisoner ru 500)"
                + " is not in tranche 1 of the plan; name the tranche they were placed in");
    }

    @Test
    void anExemptDropOutIsNotMadeGood() {
        Nominee wounded = Fixtures.prisoner(RU, 3000, Health.SERIOUSLY_WOUNDED_OR_SICK);
        List<Nominee> priority = new ArrayList<>(RU_ROSTER.priority());
        priority.add(wounded);
        Roster ru = new Roster(RU, priority, RU_ROSTER.reserves());
        List<Slot> slots = List.of(new Slot(Slots.FIRST_DAY, "border", Capacity.people(390, 1)),
                new Slot(Slots.FIRST_DAY.plusDays(1), "border", Capacity.people(610, 0)));
        Plan p = Planner.plan(THOUSAND, UA_ROSTER, ru, slots);
        Plan after = Planner.replan(THOUSAND, p, UA_ROSTER, ru, 1, List.of(new DropOut(wounded, 1, DropOut.Reason.DIED_IN_CUSTODY)));
        assertThat(after.tranche(2).count(RU, Basis.MAKE_GOOD)).isZero();
        assertThat(PlanCheck.check(THOUSAND, after)).isEmpty();
    }

    @Test
    void aDropOutStillPlacedIsCaughtByTheCheck() {
        DropOut d = out(5, 1, DropOut.Reason.NOT_FOUND);
        Plan p = plan();
        Plan claimed = new Plan(p.agreement(), p.tranches(), p.unplaced(), List.of(d));
        assertThat(PlanCheck.check(THOUSAND, claimed)).extracting(Problem::message).contains(
                "ru: " + Fixtures.listOf(RU) + "/r5 dropped out of tranche 1 (not found) but is still placed in tranche 1");
    }
}
