package org.repatria.match.person;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What adding a list did: the pairs found (matches and pairs for review), the person each new row was filed into, and
 * the person numbers that ceased because their persons merged into one with a lower number.
 */
public record Joined(List<PersonLink> links, Map<RowRef, Long> personOfNewRow, Set<Long> mergedAway) {
    public Joined {
        links = List.copyOf(links);
        personOfNewRow = Map.copyOf(personOfNewRow);
        mergedAway = Set.copyOf(mergedAway);
    }
}
