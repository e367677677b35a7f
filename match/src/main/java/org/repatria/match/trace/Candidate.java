package org.repatria.match.trace;

import java.util.List;

/**
 * One candidate record for a child's case: its id, a score in [0, 1] (the chance it is the child, given that at most
 * one candidate is), whether the search proposes it to the reviewer, and the reasons per particular.
 */
public record Candidate(String id, double score, boolean proposed, List<Reason> reasons) {
    public Candidate {
        reasons = List.copyOf(reasons);
    }

    /** The reason for {@code particular}. */
    public Reason reason(Particular particular) {
        return reasons.stream().filter(r -> r.particular() == particular).findFirst().orElseThrow();
    }
}
