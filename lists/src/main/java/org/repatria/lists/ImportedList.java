package org.repatria.lists;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.repatria.core.person.Category;
import org.repatria.core.person.Person;
import org.repatria.lists.header.Header;
import org.repatria.lists.sheet.SheetInfo;

/** A whole list as read: how the file was read, its header (the column mapping used), and every row. */
public record ImportedList(SheetInfo sheet, Header header, List<ListRow> rows) {
    public ImportedList {
        Objects.requireNonNull(sheet, "sheet");
        Objects.requireNonNull(header, "header");
        rows = List.copyOf(rows);
    }

    /** The rows' persons, in order: what a core {@code PersonList} holds. */
    public List<Person> persons() {
        return rows.stream().map(ListRow::person).toList();
    }

    /** The categories the rows belong to (one, in a list of a single track). */
    public Set<Category> categories() {
        Set<Category> categories = EnumSet.noneOf(Category.class);
        rows.forEach(r -> categories.add(r.person().category()));
        return categories;
    }
}
