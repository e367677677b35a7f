package org.repatria.store.exchange;

import java.util.Objects;
import org.repatria.core.list.ListId;

/** A person as one of the lists names them: the list and the author's row id. */
public record PersonRef(ListId list, String row) implements Comparable<PersonRef> {
    public PersonRef {
        Objects.requireNonNull(list, "list");
        if (row == null || row.isEmpty()) {
            throw new IllegalArgumentException("a person reference needs the row id of list " + list);
        }
    }

    @Override
    public int compareTo(PersonRef o) {
        int byList = list.toString().compareTo(o.list.toString());
        return byList != 0 ? byList : row.compareTo(o.row);
    }

    @Override
    public String toString() {
        return list + "/" + row;
    }
}
