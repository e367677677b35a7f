package org.repatria.core.tranche;

import static org.assertj.core.api.Assertions.assertThat;
import static org.repatria.core.agreement.Fixtures.RU;
import static org.repatria.core.agreement.Fixtures.UA;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.repatria.core.agreement.Agreement;
import org.repatria.core.agreement.Deadlines;
import org.repatria.core.agreement.Fixtures;
import org.repatria.core.agreement.Health;
import org.repatria.core.agreement.Nominee;

class PlanCheckTest {
    private static final Agreement TEN = Fixtures.fixed(10, 10);

    private static Plan plan() {
        return Planner.plan(TEN, new Roster(UA, Fixtures.prisoners(UA, 1, 10), List.of()),
                new Roster(RU, Fixtures.prisoners(RU, 1, 10), List.of()), Slots.seats(6, 6));
    }

    /** The plan with tranche {@code number}'s placements replaced. */
    private static Plan edited(Plan plan, int number, List<Placement> placements) {
        List<Tranche> tranches = new ArrayList<>(plan.tranches());
        Tranche t = tranches.get(number - 1);
        tranches.set(number - 1, new Tranche(t.number(), t.slot(), placements, t.explanation()));
        return new Plan(plan.agreement(), tranches, plan.unplaced(), plan.dropOuts());
    }

    private static List<String> messages(Plan plan) {
        return PlanCheck.check(TEN, plan).stream().map(Problem::message).toList();
    }

    @Test
    void movingOnePersonToTheNextTrancheBreaksParityInBoth() {
        Plan p = plan();
        List<Placement> first = new ArrayList<>(p.tranche(1).placements());
        Placement moved = first.removeFirst();
        List<Placement> second = new ArrayList<>(p.tranche(2).placements());
        second.add(moved);
        List<String> problems = messages(edited(edited(p, 1, first), 2, second));
        assertThat(problems).containsExactly(
                "tranche 1: breaks the parity of 10 for 10: ua hands over 5, ru 6 counted for parity",
                "tranche 2: breaks the parity of 10 for 10: ua hands over 5, ru 4 counted for parity");
    }

    @Test
    void aProblemNamesItsTrancheAndSide() {
        List<Placement> over = new ArrayList<>(plan().tranche(1).placements());
        over.add(new Placement(Fixtures.prisoner(UA, 11, Health.FIT), Basis.REGULAR));
        over.add(new Placement(Fixtures.prisoner(RU, 11, Health.FIT), Basis.REGULAR));
        Problem first = PlanCheck.check(TEN, edited(plan(), 1, over)).getFirst();
        assertThat(first).isEqualTo(new Problem(OptionalInt.of(1), Optional.of(UA), "tranche 1, ua: 7 seated persons for 6 seats"));
    }

    @Test
    void moreThanTheSeatsIsReportedAndSoAreTheTotals() {
        List<Placement> over = new ArrayList<>(plan().tranche(2).placements());
        for (int i = 11; i <= 13; i++) {
            over.add(new Placement(Fixtures.prisoner(UA, i, Health.FIT), Basis.REGULAR));
            over.add(new Placement(Fixtures.prisoner(RU, i, Health.FIT), Basis.REGULAR));
        }
        assertThat(messages(edited(plan(), 2, over))).containsExactly(
                "tranche 2, ua: 7 seated persons for 6 seats",
                "tranche 2, ru: 7 seated persons for 6 seats",
                "ua: hands over 13 counted persons (13 regular, 0 making good drop-outs), but the agreement asks 10",
                "ru: hands over 13 counted persons (13 regular, 0 making good drop-outs), but the agreement asks 10");
    }

    @Test
    void aPersonPlacedTwiceIsReported() {
        Plan p = plan();
        List<Placement> second = new ArrayList<>(p.tranche(2).placements());
        second.set(0, p.tranche(1).placements().getFirst());
        assertThat(messages(edited(p, 2, second))).contains("tranche 2, ua: Prisoner ua 1 (" + Fixtures.listOf(UA)
                + "/r1) is placed twice: in tranche 1 and here");
    }

    @Test
    void someoneWhoDoesNotQualifyIsReportedWithTheReason() {
        List<Placement> second = new ArrayList<>(plan().tranche(2).placements());
        second.set(0, new Placement(Fixtures.body(UA, 1), Basis.REGULAR));
        assertThat(messages(edited(plan(), 2, second))).contains("tranche 2, ua: Body 1 (" + Fixtures.listOf(UA)
                + "/b1) does not qualify: category remains; the terms ask pow");
    }

    @Test
    void markingAFitPersonExemptIsReported() {
        List<Placement> second = new ArrayList<>(plan().tranche(2).placements());
        Nominee fit = second.getFirst().nominee();
        second.set(0, new Placement(fit, Basis.EXEMPT));
        assertThat(messages(edited(plan(), 2, second))).contains("tranche 2, ua: " + fit.displayName() + " (" + fit.person()
                + ") is marked exempt from parity, but the terms exempt only [seriously-wounded-or-sick] and their health is fit");
    }

    @Test
    void tranchesOutOfOrderAreReported() {
        Plan p = plan();
        Plan swapped = new Plan(p.agreement(), List.of(p.tranche(2), p.tranche(1)), p.unplaced(), p.dropOuts());
        assertThat(messages(swapped)).contains("tranche 2: is numbered 2 but comes where tranche 1 should; number the"
                + " tranches 1, 2, 3... in order", "tranche 1: on 2025-06-09 comes before tranche 2 on 2025-06-10");
    }

    @Test
    void aTrancheAfterTheCompletionDateIsReported() {
        Plan p = plan();
        Tranche late = p.tranche(2);
        Slot after = new Slot(Fixtures.DEADLINES.completedBy().plusDays(1), late.slot().crossing(), late.slot().capacity());
        Plan edited = new Plan(p.agreement(), List.of(p.tranche(1), new Tranche(2, after, late.placements(),
                late.explanation())), p.unplaced(), p.dropOuts());
        assertThat(messages(edited)).containsExactly("tranche 2: on 2025-10-01 is after the agreed completion date 2025-09-30");
    }

    @Test
    void aTrancheBeforeThePlansDateIsReported() {
        Agreement dated = new Agreement(TEN.id(), TEN.kind(), TEN.first(), TEN.second(), TEN.mediator(), TEN.terms(),
                new Deadlines(Fixtures.DEADLINES.nominationsBy(), Slots.FIRST_DAY.plusDays(1), Fixtures.DEADLINES.completedBy()));
        assertThat(PlanCheck.check(dated, plan()).stream().map(Problem::message)).containsExactly(
                "tranche 1: on 2025-06-09 is before the plan is due on 2025-06-10; a tranche crosses on or after its plan's date");
    }

    @Test
    void aPlannedPlanHasNoProblems() {
        assertThat(PlanCheck.check(TEN, plan())).isEmpty();
    }

    @Test
    void aPlanForAnotherAgreementIsReportedAlone() {
        assertThat(PlanCheck.check(Fixtures.fixed(10, 10), new Plan(Fixtures.bodies(1).id(), List.of(), List.of(), List.of())))
                .extracting(Problem::message).containsExactly("the plan is for agreement ist-2025-remains, not ist-2025-pow");
    }

    @Test
    void aOneWayPlanWithPersonsFromTheOtherSideIsReported() {
        Agreement remains = Fixtures.bodies(2);
        Plan p = Planner.plan(remains, Roster.empty(UA), new Roster(RU, Fixtures.bodies(RU, 1, 2), List.of()),
                Slots.wagons(1, 1, 5));
        List<Placement> with = new ArrayList<>(p.tranche(1).placements());
        with.add(new Placement(Fixtures.body(UA, 7), Basis.REGULAR));
        assertThat(PlanCheck.check(remains, edited(p, 1, with))).extracting(Problem::message)
                .contains("tranche 1, ua: 1 persons placed, but the terms transfer only from ru");
    }
}
