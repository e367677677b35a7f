package org.repatria.server.person;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.repatria.store.person.PersonVerdict;

/**
 * A person as a reader may see it: its id, its readable rows, the links among them and the proposed links to rows of
 * other persons (both rows readable), and the reviewers' verdicts naming only readable rows.
 */
public record PersonFile(String id, List<PersonRow> rows, List<RowLink> links, List<RowLink> proposed,
                         List<PersonVerdict> verdicts) {
    public PersonFile {
        rows = List.copyOf(rows);
        links = List.copyOf(links);
        proposed = List.copyOf(proposed);
        verdicts = List.copyOf(verdicts);
    }

    /** Every name the rows give, as written, each once. */
    public List<String> names() {
        Set<String> out = new LinkedHashSet<>();
        rows.forEach(r -> out.addAll(r.names()));
        return List.copyOf(out);
    }
}
