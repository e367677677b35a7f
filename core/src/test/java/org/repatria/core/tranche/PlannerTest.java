package org.repatria.core.tranche;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.repatria.core.agreement.Fixtures.RU;
import static org.repatria.core.agreement.Fixtures.UA;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.repatria.core.agreement.Agreement;
import org.repatria.core.agreement.AgreementId;
import org.repatria.core.agreement.AgreementKind;
import org.repatria.core.agreement.Deadlines;
import org.repatria.core.agreement.Eligibility;
import org.repatria.core.agreement.Fixtures;
import org.repatria.core.agreement.Health;
import org.repatria.core.agreement.Nominee;
import org.repatria.core.agreement.Terms;
import org.repatria.core.party.PartyId;
import org.repatria.core.person.Category;
import org.repatria.core.person.PartialDate;

class PlannerTest {
    private static final Agreement THOUSAND = Fixtures.fixed(1000, 1000);

    private static Roster roster(List<Nominee> priority) {
        return new Roster(priority.getFirst().holder(), priority, List.of());
    }

    private static List<Integer> sizes(Plan plan, PartyId side) {
        return plan.tranches().stream().map(t -> t.from(side).size()).toList();
    }

    @Test
    void aThousandForAThousandFillsSlotsOf390And307ThenTheLast303() {
        Plan plan = Planner.plan(THOUSAND, roster(Fixtures.prisoners(UA, 1, 1000)), roster(Fixtures.prisoners(RU, 1, 1000)),
                Slots.seats(390, 307, 310));
        assertThat(sizes(plan, UA)).containsExactly(390, 307, 303);
        assertThat(sizes(plan, RU)).containsExactly(390, 307, 303);
        assertThat(PlanCheck.check(THOUSAND, plan)).isEmpty();
    }

    @Test
    void eachSideGoesInItsPriorityOrder() {
        Plan plan = Planner.plan(THOUSAND, roster(Fixtures.prisoners(UA, 1, 1000)), roster(Fixtures.prisoners(RU, 1, 1000)),
                Slots.seats(390, 307, 310));
        assertThat(plan.tranche(2).nomineesFrom(UA).getFirst()).isEqualTo(Fixtures.prisoner(UA, 391, Health.FIT));
    }

    @Test
    void sixThousandBodiesGoInTranchesOfAtMost1212() {
        Agreement remains = Fixtures.bodies(6000);
        Plan plan = Planner.plan(remains, Roster.empty(UA), roster(Fixtures.bodies(RU, 1, 6000)), Slots.wagons(6, 4, 303));
        assertThat(sizes(plan, RU)).containsExactly(1212, 1212, 1212, 1212, 1152);
        assertThat(sizes(plan, UA)).containsOnly(0);
        assertThat(PlanCheck.check(remains, plan)).isEmpty();
    }

    @Test
    void theSeriouslyWoundedGoFirstOnStretchersOutsideParity() {
        List<Nominee> ua = new ArrayList<>(Fixtures.prisoners(UA, 1, 10));
        ua.add(Fixtures.prisoner(UA, 11, Health.SERIOUSLY_WOUNDED_OR_SICK));
        ua.add(Fixtures.prisoner(UA, 12, Health.SERIOUSLY_WOUNDED_OR_SICK));
        List<Slot> slots = List.of(new Slot(Slots.FIRST_DAY, "border", Capacity.people(5, 2)),
                new Slot(Slots.FIRST_DAY.plusDays(1), "border", Capacity.people(5, 0)));
        Plan plan = Planner.plan(Fixtures.fixed(10, 10), roster(ua), roster(Fixtures.prisoners(RU, 1, 10)), slots);
        Tranche first = plan.tranche(1);
        assertThat(first.from(UA)).first().isEqualTo(new Placement(Fixtures.prisoner(UA, 11, Health.SERIOUSLY_WOUNDED_OR_SICK),
                Basis.EXEMPT));
        assertThat(first.count(UA, Basis.EXEMPT)).isEqualTo(2);
        assertThat(first.count(UA, Basis.REGULAR)).isEqualTo(5);
        assertThat(first.count(RU, Basis.REGULAR)).isEqualTo(5);
        assertThat(first.explanation()).contains("ua: 2 exempt from parity first ([seriously-wounded-or-sick], GC III art. 109)");
    }

    @Test
    void withoutAnExemptionTheSeriouslyWoundedStillGoFirstButCountForParity() {
        Agreement noExemption = new Agreement(THOUSAND.id(), THOUSAND.kind(), UA, RU, Fixtures.TR,
                new Terms.FixedCounts(4, 4, THOUSAND.terms().eligibility(), Set.of()),
                Fixtures.DEADLINES);
        List<Nominee> ru = new ArrayList<>(Fixtures.prisoners(RU, 1, 3));
        ru.add(Fixtures.prisoner(RU, 4, Health.SERIOUSLY_WOUNDED_OR_SICK));
        List<Slot> slots = List.of(new Slot(Slots.FIRST_DAY, "border", Capacity.people(1, 1)),
                new Slot(Slots.FIRST_DAY.plusDays(1), "border", Capacity.people(3, 0)));
        Plan plan = Planner.plan(noExemption, roster(Fixtures.prisoners(UA, 1, 4)), roster(ru), slots);
        assertThat(plan.tranche(1).nomineesFrom(RU)).startsWith(Fixtures.prisoner(RU, 4, Health.SERIOUSLY_WOUNDED_OR_SICK));
        assertThat(plan.tranche(1).count(RU, Basis.REGULAR)).isEqualTo(plan.tranche(1).count(UA, Basis.REGULAR));
        assertThat(PlanCheck.check(noExemption, plan)).isEmpty();
    }

    @Test
    void theIneligibleAndThoseBeyondTheCountAreLeftOutWithTheirReasons() {
        List<Nominee> ru = new ArrayList<>(Fixtures.prisoners(RU, 1, 3));
        ru.add(Fixtures.body(RU, 9));
        Plan plan = Planner.plan(Fixtures.fixed(2, 2), roster(Fixtures.prisoners(UA, 1, 2)), roster(ru), Slots.seats(10));
        assertThat(plan.unplaced()).extracting(Unplaced::reason).containsExactly(
                "not eligible: category remains; the terms ask pow", "beyond the 2 agreed from ru");
    }

    @Test
    void aPersonNominatedTwiceIsPlacedOnce() {
        List<Nominee> ua = new ArrayList<>(Fixtures.prisoners(UA, 1, 2));
        ua.add(Fixtures.prisoner(UA, 1, Health.FIT));
        Plan plan = Planner.plan(Fixtures.fixed(2, 2), roster(ua), roster(Fixtures.prisoners(RU, 1, 2)), Slots.seats(10));
        assertThat(plan.unplaced()).extracting(Unplaced::reason).containsExactly("nominated twice; placed once");
    }

    @Test
    void aPlanExplainsEachTranchesSize() {
        Plan plan = Planner.plan(THOUSAND, roster(Fixtures.prisoners(UA, 1, 1000)), roster(Fixtures.prisoners(RU, 1, 1000)),
                Slots.seats(390, 307, 310));
        assertThat(plan.tranche(1).explanation()).containsExactly(
                "2025-06-09 at Belarus-Ukraine border: each way 390 seats",
                "390 for 390 within the parity of 1000 for 1000: as many as the room for ua allows",
                "after this tranche: ua 390 of 1000, ru 390 of 1000");
        assertThat(plan.tranche(3).explanation()).contains("303 for 303 within the parity of 1000 for 1000: all that is still owed");
    }

    @Test
    void unequalCountsKeepTheirRatioInEveryTranche() {
        Agreement twoForOne = Fixtures.fixed(1000, 500);
        Plan plan = Planner.plan(twoForOne, roster(Fixtures.prisoners(UA, 1, 1000)), roster(Fixtures.prisoners(RU, 1, 500)),
                Slots.seats(333, 333, 333, 333));
        assertThat(sizes(plan, UA)).containsExactly(333, 333, 333, 1);
        assertThat(sizes(plan, RU)).containsExactly(166, 167, 166, 1);
        assertThat(PlanCheck.check(twoForOne, plan)).isEmpty();
    }

    @Test
    void allForAllPairsOneForOneAndTheLargerSidesSurplusGoesLast() {
        Agreement all = Fixtures.allForAll();
        Plan plan = Planner.plan(all, roster(Fixtures.prisoners(UA, 1, 50)), roster(Fixtures.prisoners(RU, 1, 80)),
                Slots.seats(30, 30, 30));
        assertThat(sizes(plan, UA)).containsExactly(30, 20, 0);
        assertThat(sizes(plan, RU)).containsExactly(30, 30, 20);
        assertThat(plan.tranche(2).explanation()).contains("ru's surplus of 10 goes now: ua has no more eligible nominees (all for all)");
        assertThat(PlanCheck.check(all, plan)).isEmpty();
    }

    @Test
    void allForAllLeavesOutThoseWhoseAgeCannotBeDecided() {
        Nominee unsure = Fixtures.born(new PartialDate.Year(1999));
        Plan plan = Planner.plan(Fixtures.allForAll(), roster(Fixtures.prisoners(UA, 1, 1)),
                new Roster(RU, List.of(unsure), List.of()), Slots.seats(5));
        assertThat(plan.unplaced()).extracting(Unplaced::reason).singleElement().asString()
                .startsWith("cannot be decided: birth date is year only (1999)");
    }

    @Test
    void tooFewSlotsAreRefusedSayingHowManyMoreAreOwed() {
        assertThatThrownBy(() -> Planner.plan(THOUSAND, roster(Fixtures.prisoners(UA, 1, 1000)),
                roster(Fixtures.prisoners(RU, 1, 1000)), Slots.seats(390, 307))).isInstanceOf(PlanningException.class)
                .hasMessage("the 2 slots carry 697 of the 1000 owed by ua; add a slot or capacity for 303 more");
    }

    @Test
    void tooFewNomineesAreRefusedSayingHowManyMore() {
        assertThatThrownBy(() -> Planner.plan(THOUSAND, roster(Fixtures.prisoners(UA, 1, 990)),
                roster(Fixtures.prisoners(RU, 1, 1000)), Slots.seats(1000))).hasMessage("ua nominated 990 eligible persons"
                + " counted under the terms, but agreement ist-2025-pow asks 1000 from it (0 of its nominees are left out, each"
                + " with its reason); nominate 10 more");
    }

    @Test
    void noStretcherAnywhereIsRefused() {
        Roster ua = roster(List.of(Fixtures.prisoner(UA, 1, Health.SERIOUSLY_WOUNDED_OR_SICK), Fixtures.prisoner(UA, 2, Health.FIT)));
        assertThatThrownBy(() -> Planner.plan(Fixtures.fixed(1, 1), ua, roster(Fixtures.prisoners(RU, 1, 1)), Slots.seats(5)))
                .hasMessage("the 1 slots find no room for 1 of ua's nominees exempt from parity (stretchers or seats); add a slot or capacity");
    }

    @Test
    void aRosterListingSomeoneTheSideDoesNotHoldIsRefused() {
        Roster mixed = new Roster(UA, List.of(Fixtures.prisoner(RU, 1, Health.FIT)), List.of());
        assertThatThrownBy(() -> Planner.plan(THOUSAND, mixed, Roster.empty(RU), Slots.seats(1)))
                .hasMessageContaining("who is held by ru; each side nominates only those it holds");
    }

    @Test
    void rostersGivenInTheWrongOrderAreRefused() {
        assertThatThrownBy(() -> Planner.plan(THOUSAND, Roster.empty(RU), Roster.empty(UA), Slots.seats(1)))
                .hasMessage("give the rosters in the agreement's order: first ua, then ru; got ru, then ua");
    }

    @Test
    void theSameInputGivesTheSamePlan() {
        Plan a = Planner.plan(THOUSAND, roster(Fixtures.prisoners(UA, 1, 1000)), roster(Fixtures.prisoners(RU, 1, 1000)),
                Slots.seats(390, 307, 310));
        Plan b = Planner.plan(THOUSAND, roster(Fixtures.prisoners(UA, 1, 1000)), roster(Fixtures.prisoners(RU, 1, 1000)),
                Slots.seats(390, 307, 310));
        assertThat(a).isEqualTo(b);
    }

    @Test
    void slotsAfterTheCompletionDateAreNotUsed() {
        List<Slot> slots = List.of(new Slot(Fixtures.DEADLINES.completedBy(), "border", Capacity.people(3, 0)),
                new Slot(Fixtures.DEADLINES.completedBy().plusDays(1), "border", Capacity.people(3, 0)));
        assertThatThrownBy(() -> Planner.plan(Fixtures.fixed(5, 5), roster(Fixtures.prisoners(UA, 1, 5)),
                roster(Fixtures.prisoners(RU, 1, 5)), slots)).hasMessage("the 1 slots (1 more offered after the completion"
                + " date 2025-09-30 are not used) carry 3 of the 5 owed by ua; add a slot or capacity for 2 more");
    }

    @Test
    void slotsBeforeThePlansDateAreNotUsed() {
        Agreement five = Fixtures.fixed(5, 5);
        Agreement dated = new Agreement(five.id(), five.kind(), five.first(), five.second(), five.mediator(), five.terms(),
                new Deadlines(Fixtures.DEADLINES.nominationsBy(), Slots.FIRST_DAY.plusDays(1), Fixtures.DEADLINES.completedBy()));
        Plan plan = Planner.plan(dated, roster(Fixtures.prisoners(UA, 1, 5)), roster(Fixtures.prisoners(RU, 1, 5)),
                Slots.seats(10, 10));
        assertThat(plan.tranche(1).slot().date()).isEqualTo(Slots.FIRST_DAY.plusDays(1));
    }

    @Test
    void slotsLeftOverAreNotUsed() {
        Plan plan = Planner.plan(Fixtures.fixed(5, 5), roster(Fixtures.prisoners(UA, 1, 5)), roster(Fixtures.prisoners(RU, 1, 5)),
                Slots.seats(10, 10));
        assertThat(plan.tranches()).hasSize(1);
        assertThat(plan.tranche(1).slot().date()).isEqualTo(LocalDate.of(2025, 6, 9));
    }

    @Test
    void aOneWayTransferOfAllTakesEveryEligibleBodyAndSaysWhenItIsDone() {
        Agreement all = new Agreement(new AgreementId("all-remains"),
                AgreementKind.REMAINS, UA, RU, Fixtures.TR,
                new Terms.OneWay(RU, OptionalInt.empty(),
                        Eligibility.anyoneOf(Category.REMAINS)),
                Fixtures.DEADLINES);
        Plan plan = Planner.plan(all, Roster.empty(UA), roster(Fixtures.bodies(RU, 1, 700)), Slots.wagons(3, 2, 303));
        assertThat(sizes(plan, RU)).containsExactly(606, 94);
        assertThat(plan.tranche(2).explanation()).containsExactly(
                "2025-06-16 at Kyiv region terminal: each way 2 refrigerated wagons of 303 bodies",
                "ru hands over 94 one way: the last still owed", "after this tranche: ru 700 of 700");
        assertThat(PlanCheck.check(all, plan)).isEmpty();
    }
}
