package org.repatria.lists.sheet;

import java.util.List;

/** Receives a sheet's rows in order as they are read. */
@FunctionalInterface
public interface RowSink {

    /**
     * Row {@code number} (1 is the first row of the sheet); {@code cells} by column, "" for an empty
     * cell; {@code notes} what the reader noticed about single cells (usually none).
     */
    void row(int number, List<String> cells, List<CellNote> notes);
}
