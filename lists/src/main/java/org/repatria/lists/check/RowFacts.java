package org.repatria.lists.check;

import java.util.Objects;
import org.repatria.core.person.Category;
import org.repatria.core.person.Details;
import org.repatria.core.person.PartialDate;
import org.repatria.core.person.PersonName;

/** What the checks need to know about one read row. */
public record RowFacts(int row, String id, Category category, PersonName name, PartialDate birth,
                       String militaryId, Details details) {
    public RowFacts {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(birth, "birth");
        Objects.requireNonNull(militaryId, "militaryId");
        Objects.requireNonNull(details, "details");
    }
}
