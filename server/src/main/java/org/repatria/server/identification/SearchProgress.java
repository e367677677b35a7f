package org.repatria.server.identification;

/** A running search: families searched so far and in all (0 of 0 while its data is being read). */
public record SearchProgress(int done, int total) {

    /** Whole percent done, 0 before the first family. */
    public int percent() {
        return total == 0 ? 0 : (int) (100L * done / total);
    }
}
