package org.repatria.server.desk;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.repatria.core.request.RowStatus;
import org.repatria.server.request.RequestMessages.ChartPoint;
import org.repatria.server.request.RequestMessages.ChartReply;

/**
 * A request list's answers over time, laid out on the server for inline SVG (no script, no library): one column per
 * period, stacked by the status of the answers given in it, and a line through the rows answered at each period's end.
 * One scale, in rows, for both. A list with more periods than {@link #COLUMNS} (weeks since a relay long ago) has its
 * periods joined, several to a column, so that the chart still runs from the relay to now.
 */
record AnswersChart(String title, List<Column> columns, String line, List<Key> legend, int width, int height) {
    static final int COLUMNS = 16;
    private static final int WIDTH = 640;
    private static final int LEFT = 8;
    private static final int TOP = 22;
    private static final int PLOT = 180;
    private static final int AXIS = 22;

    /** One period: its label (first day), rows answered at its end, and its segments bottom up. */
    record Column(String label, String start, int answeredAtEnd, int x, int width, int labelY, int dotY,
                  List<Segment> segments) {
        int middle() {
            return x + width / 2;
        }
    }

    /** A status's share of a column: the status token (for the colour), its words, how many answers, its rectangle. */
    record Segment(String status, String words, int answers, int y, int height) {
    }

    /** A status in the legend. */
    record Key(String status, String words) {
    }

    /** The chart of {@code reply}'s latest periods, statuses in {@code t}'s words. */
    static AnswersChart of(String title, ChartReply reply, Text t) {
        List<ChartPoint> shown = joined(reply.points());
        int max = 1;
        for (ChartPoint p : shown) {
            max = Math.max(max, Math.max(p.answeredAtEnd(), p.given().values().stream().mapToInt(Integer::intValue).sum()));
        }
        int slot = (WIDTH - LEFT) / COLUMNS;
        List<Column> columns = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < shown.size(); i++) {
            ChartPoint p = shown.get(i);
            int x = LEFT + i * slot;
            int dotY = TOP + PLOT - scale(p.answeredAtEnd(), max);
            Column c = new Column(p.start().toString().substring(5), p.start().toString(), p.answeredAtEnd(), x, slot - 8,
                    TOP + PLOT + 16, dotY, segments(p.given(), max, t));
            columns.add(c);
            line.append(i == 0 ? "" : " ").append(c.middle()).append(',').append(dotY);
        }
        List<Key> legend = RowStatus.answers().stream()
                .map(s -> new Key(s.token(), RequestFigures.status(t, s.token()))).toList();
        return new AnswersChart(title, List.copyOf(columns), line.toString(), legend, WIDTH, TOP + PLOT + AXIS);
    }

    /** {@code points} in at most {@link #COLUMNS} columns: consecutive periods joined, the last column ending now. */
    static List<ChartPoint> joined(List<ChartPoint> points) {
        int per = (points.size() + COLUMNS - 1) / COLUMNS;
        if (per <= 1) {
            return points;
        }
        List<ChartPoint> columns = new ArrayList<>();
        for (int end = points.size(); end > 0; end -= per) {
            List<ChartPoint> part = points.subList(Math.max(0, end - per), end);
            Map<String, Integer> given = new LinkedHashMap<>();
            part.forEach(p -> p.given().forEach((status, n) -> given.merge(status, n, Integer::sum)));
            columns.addFirst(new ChartPoint(part.getFirst().start(), given, part.getLast().answeredAtEnd()));
        }
        return columns;
    }

    private static List<Segment> segments(Map<String, Integer> given, int max, Text t) {
        List<Segment> segments = new ArrayList<>();
        int bottom = TOP + PLOT;
        for (RowStatus s : RowStatus.answers()) {
            int n = given.getOrDefault(s.token(), 0);
            if (n > 0) {
                int h = Math.max(1, scale(n, max));
                bottom -= h;
                segments.add(new Segment(s.token(), RequestFigures.status(t, s.token()), n, bottom, h));
            }
        }
        return List.copyOf(segments);
    }

    private static int scale(int n, int max) {
        return (int) Math.round((double) n * PLOT / max);
    }
}
