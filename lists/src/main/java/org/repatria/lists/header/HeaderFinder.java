package org.repatria.lists.header;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.repatria.lists.field.Field;
import org.repatria.lists.normal.Whitespace;

/**
 * Finds the header among a sheet's first rows: the row, or pair of rows, naming the most known fields
 * (at least two); on a tie the single row, then the earliest. A pair is a header split over two rows
 * by merged cells (a "ФИО" group over "Фамилия | Имя | Отчество"): each column takes the lower row's
 * name when it names a field, else the upper one's. A cell left empty by a vertically merged cell
 * takes the text of the nearest non-empty cell above it, when that names a field. Rows above are titles.
 */
public final class HeaderFinder {
    /** How many leading non-blank rows may hold the header (titles, a date line, group headings). */
    public static final int SEARCH_ROWS = 10;

    private final ColumnMapping mapping;

    public HeaderFinder(ColumnMapping mapping) {
        this.mapping = mapping;
    }

    /** The header among {@code rows} (the first non-blank rows of a sheet, in order), if one names two fields. */
    public Optional<Header> find(List<SheetRow> rows) {
        Header best = null;
        long bestScore = 1;
        for (int last = 0; last < rows.size(); last++) {
            for (int first = last; first >= Math.max(0, last - 1); first--) {
                Header candidate = candidate(rows, first, last);
                long score = candidate.columns().stream().filter(c -> c.field().isPresent()).map(c -> c.field().get())
                        .distinct().count();
                if (score > bestScore) {
                    best = candidate;
                    bestScore = score;
                }
            }
        }
        return Optional.ofNullable(best);
    }

    private Header candidate(List<SheetRow> rows, int first, int last) {
        int width = 0;
        for (int r = first; r <= last; r++) {
            width = Math.max(width, rows.get(r).cells().size());
        }
        List<Column> columns = new ArrayList<>(width);
        for (int c = 0; c < width; c++) {
            String lower = cell(rows, last, c);
            String upper = first < last ? cell(rows, first, c) : "";
            String text = !lower.isEmpty() && (field(lower).isPresent() || upper.isEmpty()) ? lower
                    : !upper.isEmpty() ? upper : fromAbove(rows, first, c);
            columns.add(new Column(c, text, field(text), HeaderNames.builtIn().isDerived(HeaderKey.of(text))));
        }
        return new Header(rows.get(last).number(), columns);
    }

    private static String cell(List<SheetRow> rows, int row, int column) {
        List<String> cells = rows.get(row).cells();
        return column < cells.size() ? Whitespace.clean(cells.get(column)) : "";
    }

    private String fromAbove(List<SheetRow> rows, int headerAt, int column) {
        for (int r = headerAt - 1; r >= 0; r--) {
            String text = cell(rows, r, column);
            if (!text.isEmpty()) {
                return field(text).isPresent() ? text : "";
            }
        }
        return "";
    }

    private Optional<Field> field(String header) {
        if (header.isBlank()) {
            return Optional.empty();
        }
        Optional<Field> saved = mapping.fieldFor(header);
        return saved.isPresent() ? saved : HeaderNames.builtIn().field(HeaderKey.of(header));
    }
}
