package org.repatria.store.request;

import java.util.List;

/** A page of request rows in the list's order, {@code total} matching the filter. */
public record RequestRowPage(int total, List<RequestRow> rows) {
    public RequestRowPage {
        rows = List.copyOf(rows);
    }
}
