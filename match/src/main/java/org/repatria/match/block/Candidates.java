package org.repatria.match.block;

/**
 * Candidate pairs ({@code left << 32 | right}, sorted) and, for each, a bit mask of the blocking keys whose whole
 * blocks produced it (bit k for key k of {@link Blocking#keyFields()}; 0 when only sub-blocks of too-common values
 * did, so that EM sessions learn only from pairs whose agreement the key alone made).
 */
public record Candidates(long[] pairs, short[] keys) {
    /** The number of pairs. */
    public int size() {
        return pairs.length;
    }
}
