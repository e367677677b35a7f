package org.repatria.core.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DeadlinesTest {
    private static final LocalDate JUNE_5 = LocalDate.of(2025, 6, 5);
    private static final LocalDate JUNE_15 = LocalDate.of(2025, 6, 15);
    private static final LocalDate SEPT_30 = LocalDate.of(2025, 9, 30);

    @Test
    void thePlanDateIsOptional() {
        assertThat(new Deadlines(JUNE_5, SEPT_30).planBy()).isEmpty();
    }

    @Test
    void datesInOrderAreKept() {
        assertThat(new Deadlines(JUNE_5, JUNE_15, SEPT_30).planBy()).contains(JUNE_15);
    }

    @Test
    void equalDatesAreInOrder() {
        assertThat(new Deadlines(JUNE_5, JUNE_5, JUNE_5).completedBy()).isEqualTo(JUNE_5);
    }

    @Test
    void aPlanDueBeforeTheNominationsIsRefusedNamingPlanBy() {
        assertThatThrownBy(() -> new Deadlines(JUNE_15, JUNE_5, SEPT_30)).isInstanceOf(DeadlineException.class)
                .hasMessage("the plan cannot be due on 2025-06-05, before the nominations are due on 2025-06-15;"
                        + " give a plan date on or after it")
                .extracting(e -> ((DeadlineException) e).field()).isEqualTo("plan-by");
    }

    @Test
    void aCompletionBeforeThePlanIsRefusedNamingCompletedBy() {
        assertThatThrownBy(() -> new Deadlines(JUNE_5, SEPT_30, JUNE_15)).isInstanceOf(DeadlineException.class)
                .hasMessage("the exchange cannot be completed by 2025-06-15, before the plan is due on 2025-09-30;"
                        + " give a completion date on or after it")
                .extracting(e -> ((DeadlineException) e).field()).isEqualTo("completed-by");
    }

    @Test
    void aDeadlineRefusalIsAnAgreementRefusal() {
        assertThatThrownBy(() -> new Deadlines(JUNE_5, Optional.of(JUNE_5), JUNE_5.minusDays(1)))
                .isInstanceOf(AgreementException.class);
    }
}
