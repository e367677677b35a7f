package org.repatria.core.handover;

/** The words for discrepancies, in the languages of the act. */
final class DiscrepancyWords {
    private DiscrepancyWords() {
    }

    static String english(Discrepancy d) {
        throw new UnsupportedOperationException("discrepancy words not written yet");
    }
}
