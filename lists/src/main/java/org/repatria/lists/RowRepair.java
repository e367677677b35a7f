package org.repatria.lists;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.repatria.core.person.PartialDate;
import org.repatria.lists.check.CategoryRules;
import org.repatria.lists.check.Problem;
import org.repatria.lists.field.CoreField;
import org.repatria.lists.header.Column;
import org.repatria.lists.header.Header;
import org.repatria.lists.normal.DateReading;
import org.repatria.lists.normal.Dates;
import org.repatria.lists.normal.Whitespace;

/**
 * A row with errors made linkable (docs/decisions/0155): the cell of every column an error names is emptied and the row
 * read again, so the matcher sees that field as missing. An impossible date keeps its year when the year is possible; a
 * child's age against the removal or list date leaves the date as written (the date is real, the category may be wrong);
 * a missing or repeated id becomes one made from the row number, with a warning. A repair may bring a new error (a year
 * after the list's date): that field is emptied too.
 */
final class RowRepair {
    /** Errors whose cell stays as written. */
    private static final Set<String> KEPT = Set.of("child.adult", "child.adult-at-removal", "required.id", "id.repeated");
    /** Emptying a cell can only remove errors, so a few rounds always end; this bounds them all the same. */
    private static final int ROUNDS = 3;

    private final Header header;
    private final RowReader reader;
    private final CategoryRules rules;

    RowRepair(Header header, RowReader reader, CategoryRules rules) {
        this.header = header;
        this.reader = reader;
        this.rules = rules;
    }

    /**
     * Row {@code row} read again without its bad fields (its cells as written kept for {@link ListRow#original});
     * {@code found} (its problems) gets a warning for a new id, and the problems the checks find only once the row's
     * cells are readable (they were not checked before).
     */
    Optional<RowReader.Draft> read(int row, List<String> cells, List<Problem> found) {
        List<String> fixed = new ArrayList<>(cells);
        while (fixed.size() < header.columns().size()) {
            fixed.add("");
        }
        newId(row, fixed, found);
        empty(fixed, found);
        for (int round = 1; ; round++) {
            List<Problem> again = new ArrayList<>();
            Optional<RowReader.Draft> draft = reader.read(row, List.copyOf(fixed), again);
            if (draft.isEmpty()) {
                return draft;
            }
            if (again.stream().noneMatch(Problem::isError)) {
                rules.check(draft.get().facts(), again);
            }
            again.stream().filter(p -> !found.contains(p)).forEach(found::add);
            if (round == ROUNDS || !empty(fixed, again)) { // the cells as written stay beside the values read
                return Optional.of(new RowReader.Draft(draft.get().facts(), draft.get().core(), List.copyOf(cells)));
            }
        }
    }

    /** A missing id becomes "#row", a repeated one "id#row". */
    private void newId(int row, List<String> fixed, List<Problem> found) {
        int index = header.column(CoreField.ID).orElseThrow().index();
        String id = Whitespace.clean(fixed.get(index));
        boolean missing = found.stream().anyMatch(p -> p.code().equals("required.id"));
        boolean repeated = found.stream().anyMatch(p -> p.code().equals("id.repeated"));
        if (missing || repeated) {
            String made = (missing ? "" : id) + "#" + row;
            fixed.set(index, made);
            found.add(Problem.warning(row, header.nameOf(CoreField.ID), "id.made", made));
        }
    }

    /** Empties the cells {@code problems}' errors name (a date to its possible year); whether any cell changed. */
    private boolean empty(List<String> fixed, List<Problem> problems) {
        boolean changed = false;
        for (Problem p : problems) {
            if (!p.isError() || KEPT.contains(p.code()) || p.column().isEmpty()) {
                continue;
            }
            for (Column column : header.columns()) {
                if (column.header().equals(p.column()) && column.index() < fixed.size()) {
                    String now = fixed.get(column.index());
                    String then = p.code().equals("date.impossible") ? possibleYear(now) : "";
                    changed |= !now.equals(then);
                    fixed.set(column.index(), then);
                    break;
                }
            }
        }
        return changed;
    }

    private static String possibleYear(String cell) {
        return Dates.read(Whitespace.clean(cell)) instanceof DateReading.Impossible(Optional<PartialDate.Year> year)
                ? year.map(PartialDate::iso).orElse("") : "";
    }
}
