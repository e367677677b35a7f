package org.repatria.server.desk;

import org.repatria.server.exchange.ServerNote;

/**
 * The words for the codes the crossing pages show, each said once through {@link Text#term}: lifecycle states
 * ({@code words.person}), outcomes at the crossing (a discrepancy's {@code words.discrepancy}, or the state reached),
 * bases ({@code words.basis}), negotiation steps ({@code words.step}) and custody steps ({@code words.custody});
 * {@code CrossingWordsTest} checks each code has its words in every language.
 */
final class CrossingWords {
    /** The outcome of a manifest line whose side has not recorded its handover yet (no state or discrepancy says it). */
    private static final String NOT_RECORDED = "NOT_RECORDED";
    private static final String HANDED_OVER = "HANDED_OVER";
    /** The words of a note the server writes itself, by {@link ServerNote} ({@code CrossingWordsTest} checks each). */
    private static final String NOTE = "words.note.";

    private CrossingWords() {
    }

    /** A note as recorded: one the server wrote itself ({@link ServerNote}) in the reader's words, one a person typed as typed. */
    static String note(Text t, String recorded) {
        return ServerNote.read(recorded)
                .map(r -> t.format(NOTE + r.note().name(), r.arguments().toArray()))
                .orElse(recorded);
    }

    /** A lifecycle state ({@code IN_TRANCHE}) in words; "" for a person with no state yet. */
    static String state(Text t, String state) {
        return state.isEmpty() ? "" : t.term("person", state);
    }

    /** An outcome at the crossing ({@code HANDED_OVER}, {@code NOT_RECORDED}, or a discrepancy's kind). */
    static String outcome(Text t, String outcome) {
        return switch (outcome) {
            case HANDED_OVER -> t.term("person", outcome);
            case NOT_RECORDED -> t.get("crossing.notRecorded");
            default -> t.term("discrepancy", outcome);
        };
    }

    /** The basis a person counts on in a tranche ({@code regular}, {@code exempt}, {@code make_good}). */
    static String basis(Text t, String basis) {
        return t.term("basis", basis);
    }

    /** A negotiation step's document ({@code PROPOSAL}, {@code COUNTER}, {@code ACCEPTANCE}). */
    static String step(Text t, String kind) {
        return t.term("step", kind);
    }

    /** A step of a chain of custody. */
    static String custody(Text t, String kind) {
        return t.term("custody", kind);
    }
}
