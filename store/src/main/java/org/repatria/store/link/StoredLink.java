package org.repatria.store.link;

import java.time.Instant;
import java.util.Optional;

/**
 * One pair a run kept: {@code automatic} when the matcher decided it is a match (else it went to review);
 * {@code explanation} is the matcher's per-field reasons as the server encoded them.
 */
public record StoredLink(int number, String leftRow, String rightRow, double probability, boolean automatic,
                         String explanation, Verdict verdict, Optional<String> decidedBy, Optional<Instant> decidedAt) {

    /** A reviewer's verdict on a pair. */
    public enum Verdict {
        PENDING, CONFIRMED, REJECTED
    }

    /** Whether agreements may use the pair: a reviewer confirmed it, or the matcher matched it and nobody rejected it. */
    public boolean accepted() {
        return verdict == Verdict.CONFIRMED || (automatic && verdict == Verdict.PENDING);
    }
}
