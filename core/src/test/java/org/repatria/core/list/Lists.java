package org.repatria.core.list;

import java.time.Instant;
import java.util.UUID;
import org.repatria.core.party.PartyId;
import org.repatria.core.person.Category;
import org.repatria.core.person.PartialDate;
import org.repatria.core.person.Person;
import org.repatria.core.person.PersonName;
import org.repatria.core.person.Sex;

/** Builders for the headers and rows the list tests use. */
final class Lists {
    static final Instant CREATED = Instant.parse("2025-06-02T10:00:00Z");

    private Lists() {
    }

    static ListHeader header(PartyId author, Category category, int rows) {
        return new ListHeader(new ListId(UUID.fromString("6f1c2a3e-0000-4000-8000-000000000001")), author,
                ListPurpose.REQUEST, category, "title", CREATED, rows);
    }

    static Person person(String rowId) {
        return new Person(rowId, new PersonName("Шевченко", "Іван", ""), new PersonName("Shevchenko", "Ivan", ""),
                Sex.MALE, PartialDate.unknown(), "", "", "", "", Category.POW);
    }
}
