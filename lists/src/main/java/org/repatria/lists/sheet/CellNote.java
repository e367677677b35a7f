package org.repatria.lists.sheet;

/**
 * Something the reader noticed about a cell that its text alone cannot show. {@code code} is a
 * message code ({@code cell.formula}, {@code cell.formula-error}, {@code csv.unclosed-quote}),
 * {@code column} the 0-based column, {@code detail} the message's argument.
 */
public record CellNote(int column, String code, String detail) {
}
