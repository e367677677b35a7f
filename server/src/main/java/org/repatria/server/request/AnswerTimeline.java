package org.repatria.server.request;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.repatria.core.request.RowStatus;
import org.repatria.server.request.RequestMessages.ChartPoint;
import org.repatria.server.request.RequestMessages.ChartStep;
import org.repatria.store.request.StoredAnswer;

/**
 * Answers over time, for the chart: per day or week (UTC; a week starts on Monday) from the list's relay to now, the
 * answers given in it by status and the rows answered (no longer waiting) at its end. At most {@link #MAX_POINTS}
 * points, the latest.
 */
final class AnswerTimeline {
    /** Most points a chart has. */
    static final int MAX_POINTS = 520;

    private AnswerTimeline() {
    }

    static List<ChartPoint> points(List<StoredAnswer> answers, Instant relayed, Instant now, ChartStep step) {
        LocalDate first = start(day(relayed), step);
        LocalDate last = start(day(answers.isEmpty() || now.isAfter(answers.getLast().submitted()) ? now
                : answers.getLast().submitted()), step);
        long periods = step == ChartStep.DAY ? ChronoUnit.DAYS.between(first, last) + 1
                : ChronoUnit.WEEKS.between(first, last) + 1;
        if (periods > MAX_POINTS) {
            first = step == ChartStep.DAY ? last.minusDays(MAX_POINTS - 1) : last.minusWeeks(MAX_POINTS - 1);
        }
        Map<String, RowStatus> current = new HashMap<>();
        int answered = 0;
        int next = 0;
        List<ChartPoint> points = new ArrayList<>();
        for (LocalDate p = first; !p.isAfter(last); p = step == ChartStep.DAY ? p.plusDays(1) : p.plusWeeks(1)) {
            LocalDate end = step == ChartStep.DAY ? p.plusDays(1) : p.plusWeeks(1);
            Map<String, Integer> given = new LinkedHashMap<>();
            RowStatus.answers().forEach(s -> given.put(s.token(), 0));
            while (next < answers.size() && day(answers.get(next).submitted()).isBefore(end)) {
                StoredAnswer a = answers.get(next++);
                if (!day(a.submitted()).isBefore(p)) {
                    given.merge(a.answer().status().token(), 1, Integer::sum);
                }
                RowStatus before = current.put(a.answer().rowId(), a.answer().status());
                answered += (a.answer().status().waits() ? 0 : 1) - (before == null || before.waits() ? 0 : 1);
            }
            points.add(new ChartPoint(p, given, answered));
        }
        return points;
    }

    private static LocalDate day(Instant at) {
        return LocalDate.ofInstant(at, ZoneOffset.UTC);
    }

    private static LocalDate start(LocalDate day, ChartStep step) {
        return step == ChartStep.DAY ? day : day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }
}
