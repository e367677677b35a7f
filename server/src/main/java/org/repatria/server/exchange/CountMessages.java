package org.repatria.server.exchange;

import java.util.List;

/** The counts' API messages: a count typed on a form, and an agreement's tally as the reader may see it. */
public final class CountMessages {
    private CountMessages() {
    }

    /** A count as typed: its stage (declared, crossing, morgue) and figures as text, samples empty when not counted. */
    public record CountRequest(String stage, String persons, String bags, String samples) {
    }

    /** An agreement's counts: per tranche, and the totals per stage over every tranche counted. */
    public record TallyReply(String agreement, List<TrancheCountReply> tranches, List<FiguresReply> totals) {
    }

    /** One tranche: its handing side, each stage's count, running totals, differences and the bags that explain them. */
    public record TrancheCountReply(int tranche, String handing, String receiving, List<StageCountReply> counts,
                                    List<FiguresReply> running, List<DifferenceReply> differences,
                                    List<FindingReply> findings) {
    }

    /** A stage's signed count: who stated it, the figures, the count document's envelope. */
    public record StageCountReply(String stage, String party, int persons, int bags, String samples, String envelopeId,
                                  String by) {
    }

    /** Figures at a stage (a running total or a grand total); samples "-" when not counted. */
    public record FiguresReply(String stage, int persons, int bags, String samples) {
    }

    /** Where counts part: the stage and side that counted, the measure, the earlier count and this one. */
    public record DifferenceReply(String stage, String party, String measure, String against, int earlier, int stated,
                                  int delta) {
    }

    /** A bag that explains a difference: part_of (with the bag its person was counted in), missing or extra. */
    public record FindingReply(String kind, String bag, String countedIn) {
    }
}
