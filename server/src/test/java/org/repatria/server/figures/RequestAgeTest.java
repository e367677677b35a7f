package org.repatria.server.figures;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The age buckets of waiting request rows are half-open: no day falls in two (docs/decisions/0180). */
class RequestAgeTest {
    @ParameterizedTest(name = "{0} days: {1}")
    @CsvSource({"0, UNDER_7", "6, UNDER_7", "7, UNDER_30", "29, UNDER_30", "30, UNDER_90", "89, UNDER_90", "90, OVER_90",
            "4000, OVER_90"})
    void aRowThatWaitedSoManyWholeDaysIsInOneBucket(long days, RequestAge bucket) {
        assertThat(RequestAge.ofDays(days)).isEqualTo(bucket);
    }
}
