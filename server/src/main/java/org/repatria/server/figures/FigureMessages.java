package org.repatria.server.figures;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import org.repatria.core.person.Category;

/** The figures across exchanges as values: aggregates only, no person's name or row. */
public final class FigureMessages {
    private FigureMessages() {
    }

    /**
     * One side's persons of one category handed over in one tranche; {@code cumulative} adds every tranche of the same
     * side and category crossed up to this one, across exchanges; {@code crossed}: when the side's crossing was recorded.
     */
    public record TrancheLine(String agreement, int tranche, String side, Category category, long persons, long cumulative,
                              Instant crossed) {
    }

    /** One side of one exchange: persons handed over, of whom exempt from parity, and counted for parity. */
    public record ParityLine(String agreement, String side, long handedOver, long exempt) {
        /** Handed over and not exempt: what parity counts. */
        public long counted() {
            return handedOver - exempt;
        }
    }

    /** Request rows still waiting in one age bucket, and in how many requests (a list relayed to one party). */
    public record AgeLine(RequestAge age, long rows, long requests) {
    }

    /** The requests relayed in one month: rows asked and, of them, rows answered so far. */
    public record MonthLine(YearMonth month, long asked, long answered) {
        /** Answered as a whole percentage of asked (0 when nothing was asked). */
        public long percent() {
            return asked == 0 ? 0 : Math.round(100.0 * answered / asked);
        }
    }

    /** One remains exchange: bodies received, bags sampled, bodies identified. */
    public record RemainsLine(String agreement, long received, long sampled, long identified) {
    }

    /**
     * Every figure the reader may see; {@code tranchesLeftOut} counts the oldest tranche lines left out beyond
     * {@link Figures#MAX_LINES}.
     */
    public record FiguresReply(List<TrancheLine> tranches, int tranchesLeftOut, List<ParityLine> parity,
                               List<AgeLine> ageing, List<MonthLine> answers, List<RemainsLine> remains) {
        public FiguresReply {
            tranches = List.copyOf(tranches);
            parity = List.copyOf(parity);
            ageing = List.copyOf(ageing);
            answers = List.copyOf(answers);
            remains = List.copyOf(remains);
        }
    }
}
