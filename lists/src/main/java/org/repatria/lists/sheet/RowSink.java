package org.repatria.lists.sheet;

import java.util.List;

/** Receives a sheet's rows in order as they are read. */
@FunctionalInterface
public interface RowSink {
    /** The longest cell a spreadsheet can hold (Excel's limit), in characters: no reader keeps more of a cell. */
    int LONGEST_CELL = 32_767;

    /**
     * Row {@code number} (1 is the first row of the sheet); {@code cells} by column, "" for an empty
     * cell; {@code notes} what the reader noticed about single cells (usually none).
     */
    void row(int number, List<String> cells, List<CellNote> notes);

    /**
     * The most characters a cell may have for this sink; a longer cell arrives cut to one character more, with a
     * {@code cell.too-long} note giving its length. At most {@link #LONGEST_CELL}.
     */
    default int longestCell() {
        return LONGEST_CELL;
    }

    /** Whether more rows are wanted; once false the reader stops reading (the sink has seen enough to decide). */
    default boolean wantsMore() {
        return true;
    }
}
