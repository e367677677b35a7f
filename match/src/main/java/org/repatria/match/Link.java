package org.repatria.match;

import org.repatria.match.explain.Explanation;

/** A scored pair: the two ids, the match probability in [0, 1], the decision and why. */
public record Link(String leftId, String rightId, double probability, Decision decision, Explanation explanation) {
}
