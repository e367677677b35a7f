package org.repatria.store.list;

import java.util.List;
import org.repatria.core.person.Person;

/**
 * One page of a list's rows.
 *
 * @param rows  the rows on this page, in the requested order
 * @param total how many rows of the list match the filter, over all pages
 */
public record RowPage(List<Person> rows, int total) {
    public RowPage {
        rows = List.copyOf(rows);
        if (total < rows.size()) {
            throw new IllegalArgumentException("total " + total + " is less than the " + rows.size() + " rows on the page");
        }
    }
}
