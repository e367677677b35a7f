package org.repatria.store.figures;

/**
 * Remains of one agreement: bodies received by the receiving side (moved to received), bags sampled (a custody step
 * "sampled" or a sample taken from the bag) and bodies identified (moved to identified).
 */
public record RemainsTally(String agreement, long received, long sampled, long identified) {
    /** Nothing received, sampled or identified yet. */
    public static RemainsTally none(String agreement) {
        return new RemainsTally(agreement, 0, 0, 0);
    }
}
