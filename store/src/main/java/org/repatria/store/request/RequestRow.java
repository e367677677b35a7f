package org.repatria.store.request;

import java.time.Instant;
import java.util.Optional;
import org.repatria.core.request.RowStatus;

/** A request row in a view: its row id, its current status, and when its current answer was given (none: unanswered). */
public record RequestRow(String rowId, RowStatus status, Optional<Instant> answeredAt) {
}
