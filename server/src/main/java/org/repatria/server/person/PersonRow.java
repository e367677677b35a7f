package org.repatria.server.person;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.repatria.core.agreement.PersonRef;
import org.repatria.core.person.Person;
import org.repatria.server.access.VisibleList;

/** One row of a person as a reader may read it: the list it is on, and the row as written. */
public record PersonRow(VisibleList list, Person row) {

    /** The row's list and id. */
    public PersonRef ref() {
        return new PersonRef(list.header().id(), row.rowId());
    }

    /** The names the row gives, as written: the name in the list's script, then the Latin one if the list gave it. */
    public List<String> names() {
        Set<String> out = new LinkedHashSet<>();
        if (!row.name().isEmpty()) {
            out.add(row.name().full());
        }
        if (!row.latin().isEmpty()) {
            out.add(row.latin().full());
        }
        return List.copyOf(out);
    }
}
