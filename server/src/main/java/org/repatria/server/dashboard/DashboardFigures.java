package org.repatria.server.dashboard;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.repatria.core.account.Account;
import org.repatria.core.list.ListId;
import org.repatria.core.person.Category;
import org.repatria.server.access.VisibleList;

/**
 * The key figures of a reader's dashboard, over the lists the reader may see.
 *
 * @param lists              lists visible to the reader
 * @param persons            rows in those lists
 * @param own                lists the reader's party wrote
 * @param received           lists relayed to the reader's party
 * @param awaitingRelay      visible signed lists not yet relayed to anybody (the mediator's queue: an unsigned
 *                           list cannot be relayed, decision 0066)
 * @param personsByCategory  rows per list category, every category present
 */
public record DashboardFigures(int lists, long persons, int own, int received, int awaitingRelay,
                     Map<Category, Long> personsByCategory) {
    public DashboardFigures {
        personsByCategory = Collections.unmodifiableMap(new EnumMap<>(personsByCategory));
    }

    /** The figures over {@code visible}; {@code signed} names the lists that are signed documents on the log. */
    public static DashboardFigures of(Account reader, List<VisibleList> visible, Set<ListId> signed) {
        Map<Category, Long> byCategory = new EnumMap<>(Category.class);
        for (Category c : Category.values()) {
            byCategory.put(c, 0L);
        }
        long persons = 0;
        int own = 0;
        int received = 0;
        int awaiting = 0;
        for (VisibleList v : visible) {
            persons += v.header().rowCount();
            byCategory.merge(v.header().category(), (long) v.header().rowCount(), Long::sum);
            own += v.ownedBy(reader) ? 1 : 0;
            received += v.relayedTo().contains(reader.party()) ? 1 : 0;
            awaiting += v.relayedTo().isEmpty() && signed.contains(v.header().id()) ? 1 : 0;
        }
        return new DashboardFigures(visible.size(), persons, own, received, awaiting, byCategory);
    }
}
