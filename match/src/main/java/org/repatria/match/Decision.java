package org.repatria.match;

/** What to do with a scored pair. */
public enum Decision {
    /** The same person, at or above the match threshold. */
    MATCH,
    /** Possibly the same person: a reviewer should look (below the match threshold, or lost a one-to-one contest). */
    REVIEW
}
