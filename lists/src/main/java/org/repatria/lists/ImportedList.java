package org.repatria.lists;

import java.util.List;
import java.util.Objects;
import org.repatria.lists.header.Header;
import org.repatria.lists.sheet.SheetInfo;

/** A whole list as read: how the file was read, its header (the column mapping used), and every row. */
public record ImportedList(SheetInfo sheet, Header header, List<ListRow> rows) {
    public ImportedList {
        Objects.requireNonNull(sheet, "sheet");
        Objects.requireNonNull(header, "header");
        rows = List.copyOf(rows);
    }
}
