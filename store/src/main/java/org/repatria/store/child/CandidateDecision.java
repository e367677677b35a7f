package org.repatria.store.child;

import java.time.Instant;
import org.repatria.core.list.ListId;

/**
 * A reviewer's decision on one candidate for a child's case: {@code confirmed} (the case is linked to it) or
 * {@code rejected} (not put forward again); the candidate by its key and label, who decided and when.
 */
public record CandidateDecision(ListId list, String rowId, String candidate, String label, boolean confirmed,
                                String decidedBy, Instant at) {
}
