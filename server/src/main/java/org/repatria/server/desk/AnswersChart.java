package org.repatria.server.desk;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.repatria.core.request.RowStatus;

/**
 * A request list's answers over time, laid out on the server as stacked columns for inline SVG (no script, no library):
 * one column per day from the relay to today (at most {@link #COLUMNS}, evenly spaced), each split by what the rows'
 * statuses were at the end of that day, so a later answer that supersedes an earlier one moves its row between colours.
 */
record AnswersChart(String title, List<Column> columns, List<Key> legend, int width, int height) {
    static final int COLUMNS = 12;
    private static final int WIDTH = 640;
    private static final int LEFT = 8;
    private static final int TOP = 8;
    private static final int PLOT = 200;
    private static final int AXIS = 36;

    /** One answer as it changed a row's status: when it was recorded, the row, the status it gave. */
    record Change(Instant at, String rowId, RowStatus status) {
    }

    /** One day's column: its date label and its segments, bottom up. */
    record Column(String label, int x, int width, int labelY, List<Segment> segments) {
        int labelX() {
            return x + width / 2;
        }
    }

    /** A status's share of a column: the status token (for the colour), its words, how many rows, and its rectangle. */
    record Segment(String status, String words, long rows, int y, int height) {
    }

    /** A status in the legend. */
    record Key(String status, String words) {
    }

    /**
     * The chart of {@code rows} rows relayed at {@code relayed}, as of {@code now}, from every answer ever given to them
     * ({@code changes}, superseded ones too); {@code t} names the statuses and dates.
     */
    static AnswersChart of(String title, long rows, Instant relayed, Instant now, List<Change> changes, Text t) {
        List<Change> sorted = changes.stream().sorted(Comparator.comparing(Change::at)).toList();
        long days = Math.max(0, Duration.between(relayed, now).toDays());
        int n = (int) Math.min(COLUMNS, days + 1);
        int slot = (WIDTH - LEFT) / COLUMNS;
        Map<String, RowStatus> current = new HashMap<>();
        List<Column> columns = new ArrayList<>();
        int next = 0;
        for (int i = 0; i < n; i++) {
            long day = n == 1 ? days : Math.round((double) days * i / (n - 1));
            Instant end = relayed.plus(Duration.ofDays(day + 1));
            Instant cut = i == n - 1 && end.isBefore(now) ? now : (end.isAfter(now) ? now : end);
            while (next < sorted.size() && !sorted.get(next).at().isAfter(cut)) {
                current.put(sorted.get(next).rowId(), sorted.get(next).status());
                next++;
            }
            columns.add(column(rows, current, t, LEFT + i * slot, slot, t.when(cut).substring(0, 10)));
        }
        List<Key> legend = new ArrayList<>();
        for (RowStatus s : RowStatus.values()) {
            legend.add(new Key(s.token(), t.get("request.status." + s.token())));
        }
        return new AnswersChart(title, List.copyOf(columns), List.copyOf(legend), WIDTH, TOP + PLOT + AXIS);
    }

    private static Column column(long rows, Map<String, RowStatus> current, Text t, int x, int slot, String label) {
        Map<RowStatus, Long> counts = new EnumMap<>(RowStatus.class);
        current.values().forEach(s -> counts.merge(s, 1L, Long::sum));
        long answered = counts.values().stream().mapToLong(Long::longValue).sum();
        counts.merge(RowStatus.UNANSWERED, Math.max(0, rows - answered), Long::sum);
        List<Segment> segments = new ArrayList<>();
        int bottom = TOP + PLOT;
        for (RowStatus s : RowStatus.values()) {
            long c = counts.getOrDefault(s, 0L);
            if (c == 0) {
                continue;
            }
            int h = rows == 0 ? 0 : (int) Math.round((double) c * PLOT / Math.max(rows, answered));
            bottom -= h;
            segments.add(new Segment(s.token(), t.get("request.status." + s.token()), c, bottom, h));
        }
        return new Column(label, x, slot - 8, TOP + PLOT + 18, List.copyOf(segments));
    }
}
