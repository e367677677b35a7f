package org.repatria.server.desk;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.LongFunction;
import org.repatria.lists.export.Table;
import org.repatria.server.figures.Figure;
import org.repatria.server.figures.FigureMessages.FiguresReply;

/**
 * Each figure across exchanges as a table in the reader's words: the same rows beside the chart on the page and in the
 * CSV, XLSX and PDF, counts written by {@code n} (grouped for the page, plain digits for the files).
 */
final class FigureTables {
    /** The words of a column are {@code figures.col.<name>}. */
    private static final String COLUMN = "figures.col.";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC);

    private FigureTables() {
    }

    /** The figure's title in the reader's words: {@code figures.<token>.title}. */
    static String title(Figure f, Text t) {
        return t.get("figures." + f.token() + ".title");
    }

    static Table of(Figure f, FiguresReply r, Text t, LongFunction<String> n) {
        return switch (f) {
            case HANDOVERS -> new Table(header(t, "exchange", "tranche", "crossed", "side", "category", "persons",
                    "cumulative"), r.tranches().stream().map(l -> List.of(l.agreement(), n.apply(l.tranche()),
                    DAY.format(l.crossed()), t.party(l.side()), t.of("category", l.category()), n.apply(l.persons()),
                    n.apply(l.cumulative()))).toList());
            case PARITY -> new Table(header(t, "exchange", "side", "handedOver", "exempt", "counted"), r.parity().stream()
                    .map(l -> List.of(l.agreement(), t.party(l.side()), n.apply(l.handedOver()), n.apply(l.exempt()),
                            n.apply(l.counted()))).toList());
            case REQUESTS_AGE -> new Table(header(t, "age", "outstanding", "requests"), r.ageing().stream()
                    .map(l -> List.of(t.of("figures.age", l.age()), n.apply(l.rows()), n.apply(l.requests()))).toList());
            case ANSWER_RATE -> new Table(header(t, "month", "asked", "answered", "rate"), r.answers().stream()
                    .map(l -> List.of(l.month().toString(), n.apply(l.asked()), n.apply(l.answered()), n.apply(l.percent())))
                    .toList());
            case REMAINS -> new Table(header(t, "exchange", "received", "sampled", "identified"), r.remains().stream()
                    .map(l -> List.of(l.agreement(), n.apply(l.received()), n.apply(l.sampled()), n.apply(l.identified())))
                    .toList());
        };
    }

    /** The column names in the reader's words: {@code figures.col.<name>}. */
    private static List<String> header(Text t, String... columns) {
        return java.util.Arrays.stream(columns).map(c -> t.get(COLUMN + c.toLowerCase(Locale.ROOT))).toList();
    }
}
