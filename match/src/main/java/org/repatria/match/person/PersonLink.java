package org.repatria.match.person;

import org.repatria.match.explain.Explanation;

/** A pair of rows: the probability they are one person, what was decided, and why (per field). */
public record PersonLink(RowRef a, RowRef b, double probability, Kind kind, Explanation explanation) {

    /** How the pair stands. */
    public enum Kind {
        /** A reviewer said the two rows are the same person. */
        CONFIRMED,
        /** The index decided they are the same person. */
        MATCH,
        /** Possibly the same person: for a reviewer (below the match threshold, or lost a one-to-one contest). */
        REVIEW
    }
}
