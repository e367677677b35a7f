package org.repatria.core.agreement;

import java.util.Objects;
import org.repatria.core.list.ListId;

/** A person as one row of one stored list: the reference every nomination, tranche, move and act uses. */
public record PersonRef(ListId list, String rowId) {
    public PersonRef {
        Objects.requireNonNull(list, "list");
        if (rowId == null || rowId.isBlank()) {
            throw new AgreementException("a person reference needs the row id within list " + list);
        }
        rowId = rowId.strip();
    }

    @Override
    public String toString() {
        return list + "/" + rowId;
    }
}
