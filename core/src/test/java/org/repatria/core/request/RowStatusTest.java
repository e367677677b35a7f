package org.repatria.core.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RowStatusTest {
    @Test
    void tokensReadBackToTheirStatus() {
        for (RowStatus s : RowStatus.values()) {
            assertThat(RowStatus.ofToken(s.token())).isEqualTo(s);
        }
        assertThat(RowStatus.NOT_FOUND.token()).isEqualTo("not-found");
    }

    @Test
    void anUnknownTokenNamesTheAllowedOnes() {
        assertThatThrownBy(() -> RowStatus.ofToken("lost")).isInstanceOf(AnswerException.class)
                .hasMessageContaining("no-information");
    }

    @Test
    void onlyUnansweredAndNoInformationStillWait() {
        assertThat(RowStatus.values()).filteredOn(RowStatus::waits)
                .containsExactly(RowStatus.UNANSWERED, RowStatus.NO_INFORMATION);
        assertThat(RowStatus.answers()).doesNotContain(RowStatus.UNANSWERED).hasSize(6);
    }
}
