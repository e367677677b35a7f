package org.repatria.store.child;

import java.time.Instant;
import java.util.Objects;
import org.repatria.core.list.ListId;

/** A child's closed case: which row, who closed it, the record that closed it (such as a reunification's) and when. */
public record Closure(ListId list, String rowId, String closedBy, String reference, Instant at) {
    public Closure {
        Objects.requireNonNull(list, "list");
        Objects.requireNonNull(rowId, "rowId");
        Objects.requireNonNull(closedBy, "closedBy");
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(at, "at");
    }
}
