package org.repatria.core.request;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AgeingTest {
    private static final Instant RELAYED = Instant.parse("2025-06-02T12:00:00Z");

    @Test
    void aRowWaitingSixtyOneDaysIsInTheThirdBucket() {
        Instant now = RELAYED.plus(Duration.ofDays(61));
        assertThat(Ageing.bucket(RowStatus.UNANSWERED, RELAYED, now)).contains(Ageing.Bucket.UP_TO_90);
        assertThat(Ageing.bucket(RowStatus.UNANSWERED, RELAYED, RELAYED.plus(Duration.ofDays(60))))
                .contains(Ageing.Bucket.UP_TO_60);
        assertThat(Ageing.bucket(RowStatus.UNANSWERED, RELAYED, RELAYED.plus(Duration.ofDays(400))))
                .contains(Ageing.Bucket.OVER_90);
    }

    @Test
    void anAnsweredRowIsInNoBucketAndNeverOverdue() {
        Instant late = RELAYED.plus(Duration.ofDays(100));
        assertThat(Ageing.bucket(RowStatus.LOCATED, RELAYED, late)).isEmpty();
        assertThat(Ageing.overdue(RowStatus.LOCATED, Optional.of(RELAYED), late)).isFalse();
    }

    @Test
    void noInformationStillFallsOverdueAfterTheDeadline() {
        Optional<Instant> deadline = Optional.of(RELAYED.plus(Duration.ofDays(30)));
        assertThat(Ageing.overdue(RowStatus.NO_INFORMATION, deadline, RELAYED.plus(Duration.ofDays(31)))).isTrue();
        assertThat(Ageing.overdue(RowStatus.UNANSWERED, deadline, RELAYED.plus(Duration.ofDays(29)))).isFalse();
        assertThat(Ageing.overdue(RowStatus.UNANSWERED, Optional.empty(), RELAYED.plus(Duration.ofDays(999)))).isFalse();
    }

    @Test
    void aClockBehindTheRelayCountsNoDays() {
        assertThat(Ageing.days(RELAYED, RELAYED.minusSeconds(5))).isZero();
    }
}
