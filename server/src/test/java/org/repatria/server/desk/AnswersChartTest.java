package org.repatria.server.desk;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.repatria.server.request.RequestMessages.ChartPoint;

class AnswersChartTest {
    private static final LocalDate RELAYED = LocalDate.of(2025, 6, 16);

    /** 78 weeks from a relay in June 2025: 64 rows answered in weeks 8 and 12, 5 returned in the last week. */
    private static List<ChartPoint> weeks(int count) {
        List<ChartPoint> points = new ArrayList<>();
        int answered = 0;
        for (int w = 0; w < count; w++) {
            Map<String, Integer> given = w == 8 ? Map.of("located", 37, "not-found", 22)
                    : w == 12 ? Map.of("no-information", 5) : w == count - 1 ? Map.of("returned", 5) : Map.of();
            answered += given.values().stream().mapToInt(Integer::intValue).sum();
            points.add(new ChartPoint(RELAYED.plusWeeks(w), given, answered));
        }
        return points;
    }

    @Test
    void aListRelayedLongAgoIsChartedFromItsRelayNotOnlyItsLatestWeeks() {
        List<ChartPoint> columns = AnswersChart.joined(weeks(78));

        assertThat(columns).hasSizeLessThanOrEqualTo(AnswersChart.COLUMNS);
        assertThat(columns.getFirst().start()).isEqualTo(RELAYED);
        assertThat(columns.stream().flatMap(c -> c.given().values().stream()).mapToInt(Integer::intValue).sum())
                .isEqualTo(69);
        assertThat(columns.getLast().answeredAtEnd()).isEqualTo(69);
    }

    @Test
    void aListWithFewPeriodsKeepsOneColumnPerPeriod() {
        List<ChartPoint> points = weeks(10);

        assertThat(AnswersChart.joined(points)).isEqualTo(points);
    }
}
