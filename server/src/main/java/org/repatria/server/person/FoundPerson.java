package org.repatria.server.person;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** A person a search found: its public id and the rows the reader may read, in the order they joined. */
public record FoundPerson(String id, List<PersonRow> rows) {
    public FoundPerson {
        rows = List.copyOf(rows);
    }

    /** Every name the rows give, as written, each once. */
    public List<String> names() {
        Set<String> out = new LinkedHashSet<>();
        rows.forEach(r -> out.addAll(r.names()));
        return List.copyOf(out);
    }
}
