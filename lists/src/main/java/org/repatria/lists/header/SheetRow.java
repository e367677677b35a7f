package org.repatria.lists.header;

import java.util.List;

/** A sheet row as read: its number (1-based) and cells. */
public record SheetRow(int number, List<String> cells) {
    public SheetRow {
        cells = List.copyOf(cells);
    }
}
