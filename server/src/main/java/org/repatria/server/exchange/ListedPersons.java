package org.repatria.server.exchange;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.repatria.core.agreement.Health;
import org.repatria.core.agreement.Nominee;
import org.repatria.core.agreement.PersonRef;
import org.repatria.core.list.ListId;
import org.repatria.core.party.PartyId;
import org.repatria.core.person.Category;
import org.repatria.core.person.Person;
import org.repatria.server.error.HttpProblem;
import org.repatria.store.Store;

/**
 * The persons behind nominations: the list rows they name, read by row id (only those, never the whole holding list:
 * an exchange step needs its nominees, not the thousands of others), and the core nominees made of them.
 */
final class ListedPersons {
    private final Store store;
    private final Map<ListId, Map<String, Person>> lists = new HashMap<>();

    /** Reads lazily, each row once, for one request. */
    ListedPersons(Store store) {
        this.store = store;
    }

    /** Reads the rows of {@code refs} not read yet, one query per list (so a step's nominees cost a read or two, not one each). */
    ListedPersons load(Collection<PersonRef> refs) {
        Map<ListId, Set<String>> missing = new HashMap<>();
        for (PersonRef ref : refs) {
            if (!lists.containsKey(ref.list()) || !lists.get(ref.list()).containsKey(ref.rowId())) {
                missing.computeIfAbsent(ref.list(), l -> new LinkedHashSet<>()).add(ref.rowId());
            }
        }
        missing.forEach((list, rowIds) -> lists.computeIfAbsent(list, l -> new HashMap<>())
                .putAll(store.lists().personsByRowId(list, rowIds)));
        return this;
    }

    /** The row of {@code ref}; 400 naming the row when the list does not hold it. */
    Person person(PersonRef ref, String field) {
        Person p = load(List.of(ref)).lists.get(ref.list()).get(ref.rowId());
        if (p == null) {
            throw HttpProblem.invalid(field, "list " + ref.list() + " has no row '" + ref.rowId() + "'");
        }
        return p;
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
}
