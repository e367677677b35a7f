package org.repatria.core.list;

import java.util.List;
import java.util.Objects;
import org.repatria.core.person.Person;

/** A whole list: its header and its rows, in the author's order. */
public record PersonList(ListHeader header, List<Person> rows) {
    public PersonList {
        Objects.requireNonNull(header, "header");
        rows = List.copyOf(rows);
        if (rows.size() != header.rowCount()) {
            throw new IllegalArgumentException("header says " + header.rowCount() + " rows, list has " + rows.size());
        }
    }
}
