package org.repatria.match.block;

/**
 * Candidate pairs ({@code left << 32 | right}, sorted) and, for each, a bit mask of the blocking keys that produced
 * it (bit k for key k of {@link Blocking#keyFields()}).
 */
public record Candidates(long[] pairs, short[] keys) {
    /** The number of pairs. */
    public int size() {
        return pairs.length;
    }
}
