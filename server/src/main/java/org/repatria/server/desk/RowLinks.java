package org.repatria.server.desk;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.repatria.store.list.RowQuery;
import org.repatria.store.list.RowSort;

/** Links to other views of the same rows: another order or another page, the filter kept. */
record RowLinks(String base, RowQuery q, int defaultLimit) {

    /** Sorted by {@code sort}; choosing the current order again reverses it. */
    String sortedBy(RowSort sort) {
        boolean desc = sort == q.sort() && !q.descending();
        return link(new RowQuery(q.filter(), sort, desc, 0, q.limit()));
    }

    String at(int offset) {
        return link(new RowQuery(q.filter(), q.sort(), q.descending(), Math.max(0, offset), q.limit()));
    }

    private String link(RowQuery r) {
        List<String> parts = new ArrayList<>();
        if (!r.filter().isEmpty()) {
            parts.add("q=" + Page.enc(r.filter()));
        }
        if (r.sort() != RowSort.ROW) {
            parts.add("sort=" + r.sort().name().toLowerCase(Locale.ROOT));
        }
        if (r.descending()) {
            parts.add("desc=true");
        }
        if (r.offset() > 0) {
            parts.add("offset=" + r.offset());
        }
        if (r.limit() != defaultLimit) {
            parts.add("limit=" + r.limit());
        }
        return parts.isEmpty() ? base : base + "?" + String.join("&", parts);
    }
}
