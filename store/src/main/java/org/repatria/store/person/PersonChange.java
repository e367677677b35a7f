package org.repatria.store.person;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.repatria.core.list.ListId;

/**
 * What one step of the index changed, stored together: the list it joined (if it joined one), the person each named
 * row is filed in now, and the persons that merged into another (ceased number → surviving number).
 */
public record PersonChange(Optional<ListId> joined, Instant at, Map<RowKey, Long> filed, Map<Long, Long> mergedInto) {
    public PersonChange {
        filed = Map.copyOf(filed);
        mergedInto = Map.copyOf(mergedInto);
    }
}
