package org.repatria.match.person;

import java.util.List;

/**
 * A person found by a search: its number, how well it answers the query (0–1, the share of the query's weight its
 * best row matches) and every row of the person (the caller keeps only those the reader may read).
 */
public record Hit(long person, double score, List<RowRef> rows) {
    public Hit {
        rows = List.copyOf(rows);
    }
}
