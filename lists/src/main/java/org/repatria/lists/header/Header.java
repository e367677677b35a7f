package org.repatria.lists.header;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.repatria.lists.field.Field;

/** The header of a list: the sheet row it is on, and its columns in order. */
public final class Header {
    private final int row;
    private final List<Column> columns;
    private final Map<Field, Column> byField = new HashMap<>();

    /** {@code columns} in order; a field given by two columns keeps the first. */
    public Header(int row, List<Column> columns) {
        this.row = row;
        this.columns = List.copyOf(columns);
        for (Column column : this.columns) {
            column.field().ifPresent(f -> byField.putIfAbsent(f, column));
        }
    }

    /** The sheet row of the header (1 unless title rows come first). */
    public int row() {
        return row;
    }

    /** Every column, in order. */
    public List<Column> columns() {
        return columns;
    }

    /** The column giving {@code field}, if there is one. */
    public Optional<Column> column(Field field) {
        return Optional.ofNullable(byField.get(field));
    }

    /** How a problem names {@code field}'s column: its header as written, or the canonical name. */
    public String nameOf(Field field) {
        Column column = byField.get(field);
        return column == null ? field.canonical() : column.header();
    }
}
