package org.repatria.server.desk;

import org.repatria.core.handover.CustodyStep;
import org.repatria.core.lifecycle.PersonState;

/**
 * The words for the codes the crossing pages show: lifecycle states, outcomes at the crossing, bases in a tranche,
 * negotiation steps and custody steps ({@code CrossingWordsTest} checks each code has its words in every language).
 */
final class CrossingWords {
    static final String STATE = "crossing.state";
    static final String OUTCOME = "crossing.outcome.";
    static final String BASIS = "crossing.basis.";
    static final String STEP = "crossing.doc.";
    static final String CUSTODY = "custody.kind";

    private CrossingWords() {
    }

    /** A lifecycle state ({@code IN_TRANCHE}) in words; "" for a person with no state yet. */
    static String state(Text t, String state) {
        return state.isEmpty() ? "" : t.of(STATE, PersonState.valueOf(state));
    }

    /** An outcome at the crossing ({@code HANDED_OVER}, {@code REFUSED}, {@code ABSENT}, a discrepancy's kind). */
    static String outcome(Text t, String outcome) {
        return t.get(OUTCOME + outcome);
    }

    /** The basis a person counts on in a tranche ({@code regular}, {@code exempt}, {@code make_good}). */
    static String basis(Text t, String basis) {
        return t.get(BASIS + basis);
    }

    /** A negotiation step's document ({@code PROPOSAL}, {@code COUNTER}, {@code ACCEPTANCE}). */
    static String step(Text t, String kind) {
        return t.get(STEP + kind);
    }

    /** A step of a chain of custody. */
    static String custody(Text t, String kind) {
        return t.of(CUSTODY, CustodyStep.Kind.valueOf(kind));
    }
}
