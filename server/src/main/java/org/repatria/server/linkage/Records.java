package org.repatria.server.linkage;

import java.util.ArrayList;
import java.util.List;
import org.repatria.core.list.ListId;
import org.repatria.core.person.PartialDate;
import org.repatria.core.person.Person;
import org.repatria.core.person.PersonName;
import org.repatria.match.PersonRecord;
import org.repatria.store.Lists;
import org.repatria.store.RowPage;
import org.repatria.store.RowQuery;
import org.repatria.store.RowSort;

/** Stored rows read whole and given to the matcher as it wants them. */
final class Records {
    private Records() {
    }

    /** Every row of a stored list, in the author's order. */
    static List<Person> rows(Lists lists, ListId id) {
        List<Person> all = new ArrayList<>();
        RowPage page;
        do {
            page = lists.rows(id, new RowQuery("", RowSort.ROW, false, all.size(), RowQuery.MAX_LIMIT));
            all.addAll(page.rows());
        } while (!page.rows().isEmpty() && all.size() < page.total());
        return all;
    }

    /**
     * The row as the matcher reads it: the name as written (the matcher compares across scripts itself), the Latin
     * form when the list wrote no name; a month-precise date as its year, as the matcher reads dates to the day or year.
     */
    static PersonRecord of(Person p) {
        PersonName n = p.name().isEmpty() ? p.latin() : p.name();
        String sex = switch (p.sex()) {
            case MALE -> "M";
            case FEMALE -> "F";
            case UNKNOWN -> "";
        };
        String date = p.birthDate() instanceof PartialDate.Month m ? String.valueOf(m.month().getYear()) : p.birthDate().iso();
        return new PersonRecord(p.rowId(), n.surname(), n.givenName(), n.patronymic(), sex, date, p.birthPlace(),
                p.militaryId(), p.unit());
    }
}
