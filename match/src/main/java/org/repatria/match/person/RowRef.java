package org.repatria.match.person;

import java.util.Objects;

/** A row of a list: the unit the person index holds. */
public record RowRef(String listId, String rowId) {
    public RowRef {
        Objects.requireNonNull(listId, "listId");
        Objects.requireNonNull(rowId, "rowId");
    }

    @Override
    public String toString() {
        return listId + "/" + rowId;
    }
}
