package org.repatria.lists;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.repatria.core.person.Details;
import org.repatria.core.person.Person;
import org.repatria.lists.field.Field;
import org.repatria.lists.header.Header;

/**
 * One accepted row: the normalized person (with its Latin transliteration and detail fields), and
 * the cells as written, so the original text of every field stays beside its normalized value.
 *
 * @param row the sheet row it came from (1-based)
 */
public record ListRow(int row, Person person, List<String> cells, Header header) {
    public ListRow {
        Objects.requireNonNull(person, "person");
        cells = List.copyOf(cells);
        Objects.requireNonNull(header, "header");
    }

    /** The detail fields the row gives. */
    public Details details() {
        return person.details();
    }

    /** The text of {@code field}'s cell exactly as written, if the list has that column. */
    public Optional<String> original(Field field) {
        return header.column(field).map(c -> c.index() < cells.size() ? cells.get(c.index()) : "");
    }
}
