package org.repatria.core.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.repatria.core.agreement.Fixtures.RU;
import static org.repatria.core.agreement.Fixtures.UA;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.repatria.core.agreement.Agreement;
import org.repatria.core.agreement.Deadlines;
import org.repatria.core.agreement.Fixtures;

class TimelineTest {
    private static final LocalDate NOMINATIONS = LocalDate.of(2025, 6, 5);
    private static final LocalDate PLAN = LocalDate.of(2025, 6, 10);
    private static final LocalDate COMPLETION = LocalDate.of(2025, 9, 30);

    private static Agreement withPlanDate() {
        Agreement a = Fixtures.fixed(10, 10);
        return new Agreement(a.id(), a.kind(), a.first(), a.second(), a.mediator(), a.terms(),
                new Deadlines(NOMINATIONS, PLAN, COMPLETION));
    }

    private static Progress planned(Map<Integer, LocalDate> crossed) {
        return new Progress(Map.of(UA, NOMINATIONS, RU, NOMINATIONS), Optional.of(PLAN),
                new TreeMap<>(Map.of(1, LocalDate.of(2025, 6, 20), 2, LocalDate.of(2025, 6, 27))), crossed);
    }

    @Test
    void anAgreementJustAcceptedHasEachSidesNominationsThePlanAndCompletion() {
        assertThat(Timeline.of(withPlanDate(), Progress.none(), NOMINATIONS).stream().map(Deadline::milestone))
                .containsExactly(new Milestone.Nominations(UA), new Milestone.Nominations(RU), new Milestone.PlanInForce(),
                        new Milestone.Completion());
    }

    @Test
    void anOldTextWithoutAPlanDateHasNoPlanDeadline() {
        assertThat(Timeline.of(Fixtures.fixed(10, 10), Progress.none(), NOMINATIONS).stream().map(Deadline::milestone))
                .doesNotContain(new Milestone.PlanInForce());
    }

    @Test
    void aOneWayTransferWaitsOnTheGivingSidesNominationsAlone() {
        assertThat(Timeline.of(Fixtures.bodies(6), Progress.none(), NOMINATIONS).getFirst().milestone())
                .isEqualTo(new Milestone.Nominations(RU));
        assertThat(Timeline.of(Fixtures.bodies(6), Progress.none(), NOMINATIONS)).hasSize(2);
    }

    @Test
    void eachTrancheOfThePlanInForceIsDueOnItsDate() {
        List<Deadline> all = Timeline.of(withPlanDate(), planned(Map.of()), PLAN);
        assertThat(all.stream().filter(d -> d.milestone() instanceof Milestone.Crossing).map(Deadline::due))
                .containsExactly(LocalDate.of(2025, 6, 20), LocalDate.of(2025, 6, 27));
    }

    @Test
    void aDeadlineNotMetCountsTheDaysLeft() {
        assertThat(Timeline.of(withPlanDate(), Progress.none(), LocalDate.of(2025, 6, 1)).getFirst().standing())
                .isEqualTo(new DeadlineState.Open(4));
    }

    @Test
    void aDeadlineDueTodayHasNoDaysLeftAndIsNotOverdue() {
        assertThat(Timeline.of(withPlanDate(), Progress.none(), NOMINATIONS).getFirst().standing())
                .isEqualTo(new DeadlineState.Open(0));
    }

    @Test
    void aDeadlineMissedAndNotMetIsOverdueByTheDaysSince() {
        Deadline nominations = Timeline.of(withPlanDate(), Progress.none(), NOMINATIONS.plusDays(3)).getFirst();
        assertThat(nominations.standing()).isEqualTo(new DeadlineState.Overdue(3));
        assertThat(nominations.overdue()).isTrue();
    }

    @Test
    void aDeadlineMetLateIsMetWithTheDayItWasMet() {
        Progress late = new Progress(Map.of(UA, NOMINATIONS.plusDays(2)), Optional.empty(), new TreeMap<>(), Map.of());
        assertThat(Timeline.of(withPlanDate(), late, NOMINATIONS.plusDays(9)).getFirst().standing())
                .isEqualTo(new DeadlineState.Met(NOMINATIONS.plusDays(2)));
    }

    @Test
    void completionIsMetOnTheDayTheLastTrancheCrossed() {
        Progress all = planned(Map.of(1, LocalDate.of(2025, 6, 20), 2, LocalDate.of(2025, 6, 28)));
        assertThat(Timeline.of(withPlanDate(), all, COMPLETION.plusDays(1)).getLast().standing())
                .isEqualTo(new DeadlineState.Met(LocalDate.of(2025, 6, 28)));
    }

    @Test
    void completionIsOverdueWhileATrancheHasNotCrossed() {
        Progress one = planned(Map.of(1, LocalDate.of(2025, 6, 20)));
        assertThat(Timeline.of(withPlanDate(), one, COMPLETION.plusDays(1)).getLast().standing())
                .isEqualTo(new DeadlineState.Overdue(1));
    }

    @Test
    void outstandingLeavesTheMetOutSoonestFirst() {
        List<Deadline> all = Timeline.of(withPlanDate(), planned(Map.of(1, LocalDate.of(2025, 6, 20))), PLAN);
        assertThat(Timeline.outstanding(all).stream().map(Deadline::milestone))
                .containsExactly(new Milestone.Crossing(2), new Milestone.Completion());
    }
}
