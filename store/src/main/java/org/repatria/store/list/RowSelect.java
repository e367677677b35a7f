package org.repatria.store.list;

import java.util.List;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Query;
import org.repatria.core.list.ListId;
import org.repatria.core.person.Person;

/** The SQL behind {@link Lists#rows}: filter on the precomputed search text, order by an indexed key, page. */
final class RowSelect {
    private RowSelect() {
    }

    static RowPage page(Handle h, ListId id, RowQuery q) {
        boolean filtered = !q.filter().isEmpty();
        String where = " FROM list_rows WHERE list_id = :list" + (filtered ? " AND search_text LIKE :pattern ESCAPE '!'" : "");
        String direction = q.descending() ? " DESC" : " ASC";
        String order = " ORDER BY " + sortColumn(q.sort()) + direction
                + (q.sort() == RowSort.ROW ? "" : ", row_no" + direction);
        Query rows = h.createQuery("SELECT " + PersonRows.COLUMNS + where + order + " LIMIT :limit OFFSET :offset")
                .bind("list", id.toString()).bind("limit", q.limit()).bind("offset", q.offset());
        Query count = h.createQuery("SELECT COUNT(*)" + where).bind("list", id.toString());
        if (filtered) {
            String pattern = SearchSortKeys.likePattern(q.filter());
            rows.bind("pattern", pattern);
            count.bind("pattern", pattern);
        }
        List<Person> page = rows.map((rs, ctx) -> PersonRows.read(rs)).list();
        int total = count.mapTo(Integer.class).one();
        return new RowPage(page, total);
    }

    private static String sortColumn(RowSort sort) {
        return switch (sort) {
            case ROW -> "row_no";
            case SURNAME -> "surname_key";
            case BIRTH_DATE -> "birth_key";
            case UNIT -> "unit_key";
            case MILITARY_ID -> "military_id";
        };
    }
}
