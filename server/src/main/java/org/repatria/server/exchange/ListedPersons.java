package org.repatria.server.exchange;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.repatria.core.agreement.Health;
import org.repatria.core.agreement.Nominee;
import org.repatria.core.agreement.PersonRef;
import org.repatria.core.list.ListId;
import org.repatria.core.party.PartyId;
import org.repatria.core.person.Category;
import org.repatria.core.person.Person;
import org.repatria.server.error.HttpProblem;
import org.repatria.store.Store;
import org.repatria.store.list.RowPage;
import org.repatria.store.list.RowQuery;
import org.repatria.store.list.RowSort;

/** The persons behind nominations: list rows read in pages, and the core nominees made of them. */
final class ListedPersons {
    private final Store store;
    private final Map<ListId, Map<String, Person>> lists = new HashMap<>();

    /** Reads lazily, once per list, for one request. */
    ListedPersons(Store store) {
        this.store = store;
    }

    /** The row of {@code ref}; 400 naming the row when the list does not hold it. */
    Person person(PersonRef ref, String field) {
        Person p = rows(ref.list()).get(ref.rowId());
        if (p == null) {
            throw HttpProblem.invalid(field, "list " + ref.list() + " has no row '" + ref.rowId() + "'");
        }
        return p;
    }

    /** Every row of the list by row id. */
    Map<String, Person> rows(ListId list) {
        return lists.computeIfAbsent(list, this::read);
    }

    /** The nominee {@code holder} hands over: the list's person with the health class the holder gave. */
    Nominee nominee(PersonRef ref, PartyId holder, Health health) {
        Person p = person(ref, "row");
        boolean remains = p.category() == Category.REMAINS;
        return new Nominee(ref, holder, p.category(), p.birthDate(), health, p.militaryId(), remains ? p.rowId() : "",
                name(p));
    }

    /** The name as the list writes it (the body tag for remains without a name). */
    static String name(Person p) {
        String full = p.name().full();
        return full.isBlank() ? p.rowId() : full;
    }

    /** The health class named by its token (fit, wounded, seriously-wounded-or-sick, not-applicable). */
    static Health health(String token, String field) {
        String t = token == null ? "" : token.strip().toLowerCase(Locale.ROOT);
        for (Health h : Health.values()) {
            if (h.token().equals(t)) {
                return h;
            }
        }
        throw HttpProblem.invalid(field, "'" + token + "' is not a health class; use "
                + String.join(", ", List.of(Health.values()).stream().map(Health::token).toList()));
    }

    private Map<String, Person> read(ListId list) {
        int total = store.lists().header(list).map(h -> h.rowCount()).orElse(0);
        Map<String, Person> rows = new HashMap<>(total * 2);
        while (rows.size() < total) {
            RowPage page = store.lists().rows(list, new RowQuery("", RowSort.ROW, false, rows.size(), RowQuery.MAX_LIMIT));
            if (page.rows().isEmpty()) {
                break;
            }
            page.rows().forEach(p -> rows.put(p.rowId(), p));
        }
        return rows;
    }
}
