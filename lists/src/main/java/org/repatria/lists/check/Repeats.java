package org.repatria.lists.check;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Repeats within one list: an id used twice is an error; the same person twice (same surname, given
 * name, patronymic and birth date, ignoring case and ё/е) is a warning, and both rows stay.
 */
public final class Repeats {
    private final Map<String, Integer> ids = new HashMap<>();
    private final Map<String, Integer> people = new HashMap<>();
    private final String idColumn;

    /** {@code idColumn}: how problems name the id column. */
    public Repeats(String idColumn) {
        this.idColumn = idColumn;
    }

    /** Adds the problems of {@code row} to {@code out} and remembers it. */
    public void check(RowFacts row, List<Problem> out) {
        if (!row.id().isEmpty()) {
            Integer first = ids.putIfAbsent(row.id(), row.row());
            if (first != null) {
                out.add(Problem.error(row.row(), idColumn, "id.repeated", row.id(), Integer.toString(first)));
            }
        }
        if (!row.name().surname().isEmpty() && !row.name().givenName().isEmpty()) {
            String key = (row.name().full() + "|" + row.birth().iso()).toLowerCase(Locale.ROOT).replace('ё', 'е');
            Integer first = people.putIfAbsent(key, row.row());
            if (first != null) {
                out.add(Problem.warning(row.row(), "", "person.repeated", Integer.toString(first)));
            }
        }
    }
}
