package org.repatria.server.desk;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.repatria.server.figures.Figure;
import org.repatria.server.figures.FigureMessages.FiguresReply;
import org.repatria.server.figures.FigureMessages.ParityLine;
import org.repatria.server.figures.FigureMessages.RemainsLine;
import org.repatria.server.figures.FigureMessages.TrancheLine;

/** Each figure across exchanges as a bar chart a person reads at a glance; the table beside it holds every line. */
final class FigureCharts {
    /** The most bars a chart draws (the latest ones); the table beside it holds every line. */
    static final int BARS = 24;
    /** The most characters of a bar's label that fit left of the bar; a longer one ends in "…" (the table has it whole). */
    static final int LABEL = 24;

    private FigureCharts() {
    }

    static BarChart of(Figure f, FiguresReply r, Text t) {
        List<BarChart.Item> items = switch (f) {
            case HANDOVERS -> tranches(r.tranches(), t);
            case PARITY -> parity(r.parity(), t);
            case REQUESTS_AGE -> r.ageing().stream().map(l -> new BarChart.Item(t.of("figures.age", l.age()),
                    t.number(l.rows()), l.rows())).toList();
            case ANSWER_RATE -> r.answers().stream().map(l -> new BarChart.Item(l.month().toString(),
                    t.format("figures.chart.rate", t.number(l.percent())),
                    l.percent())).toList();
            case REMAINS -> remains(r.remains(), t);
        };
        return BarChart.of(FigureTables.title(f, t), items.subList(Math.max(0, items.size() - BARS), items.size()));
    }

    /** One bar per exchange and side of the persons parity counts, and one below it of the exempt when there are any. */
    private static List<BarChart.Item> parity(List<ParityLine> lines, Text t) {
        List<BarChart.Item> items = new ArrayList<>();
        for (ParityLine l : lines) {
            items.add(new BarChart.Item(fit(l.agreement() + " · " + t.party(l.side())), t.number(l.counted()), l.counted()));
            if (l.exempt() > 0) {
                items.add(new BarChart.Item(fit("+ " + t.get("figures.chart.exempt")), t.number(l.exempt()), l.exempt()));
            }
        }
        return items;
    }

    /** One bar per tranche, both sides and every category together, in the order they crossed. */
    private static List<BarChart.Item> tranches(List<TrancheLine> lines, Text t) {
        Map<String, Long> sums = new LinkedHashMap<>();
        for (TrancheLine l : lines) {
            sums.merge(t.format("figures.chart.tranche", l.agreement(), l.tranche()), l.persons(), Long::sum);
        }
        List<BarChart.Item> items = new ArrayList<>();
        sums.forEach((label, n) -> items.add(new BarChart.Item(fit(label), t.number(n), n)));
        return items;
    }

    /** Received, sampled and identified, over every remains exchange the reader sees. */
    private static List<BarChart.Item> remains(List<RemainsLine> lines, Text t) {
        long received = lines.stream().mapToLong(RemainsLine::received).sum();
        long sampled = lines.stream().mapToLong(RemainsLine::sampled).sum();
        long identified = lines.stream().mapToLong(RemainsLine::identified).sum();
        return List.of(new BarChart.Item(t.get("figures.col.received"), t.number(received), received),
                new BarChart.Item(t.get("figures.col.sampled"), t.number(sampled), sampled),
                new BarChart.Item(t.get("figures.col.identified"), t.number(identified), identified));
    }

    /** {@code label}, or its start ending in "…" when longer than {@link #LABEL} characters. */
    static String fit(String label) {
        return label.length() <= LABEL ? label : label.substring(0, LABEL - 1) + "…";
    }
}
