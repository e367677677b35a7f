package org.repatria.store.person;

import java.util.Objects;
import org.repatria.core.list.ListId;

/** A row of a stored list: the list and the row's id in it. */
public record RowKey(ListId list, String rowId) {
    public RowKey {
        Objects.requireNonNull(list, "list");
        Objects.requireNonNull(rowId, "rowId");
    }
}
