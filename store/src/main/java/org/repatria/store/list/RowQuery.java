package org.repatria.store.list;

import java.util.Objects;

/**
 * Which rows of a list to read, in which order.
 *
 * @param filter     "" for all rows, else a case-insensitive substring of the surname, given name,
 *                   patronymic (as written or in Latin), military id or unit
 * @param sort       the order; ties are broken by the author's row order
 * @param descending whether to reverse the order, ties included (last row of the author first)
 * @param offset     how many matching rows to skip (0 or more)
 * @param limit      the page size, 1 to {@value #MAX_LIMIT}
 */
public record RowQuery(String filter, RowSort sort, boolean descending, int offset, int limit) {
    /** The largest page a query may ask for. */
    public static final int MAX_LIMIT = 10_000;

    public RowQuery {
        filter = Objects.requireNonNullElse(filter, "").strip();
        Objects.requireNonNull(sort, "sort");
        if (offset < 0) {
            throw new IllegalArgumentException("offset must be 0 or more, was " + offset);
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be 1 to " + MAX_LIMIT + ", was " + limit);
        }
    }

    /** The first {@code limit} rows in the author's order, unfiltered. */
    public static RowQuery first(int limit) {
        return new RowQuery("", RowSort.ROW, false, 0, limit);
    }
}
