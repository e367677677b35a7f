package org.repatria.server.identification;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.repatria.core.list.ListHeader;
import org.repatria.core.list.ListId;
import org.repatria.core.list.ListPurpose;
import org.repatria.core.list.PersonList;
import org.repatria.core.party.PartyId;
import org.repatria.core.person.Category;
import org.repatria.core.person.PartialDate;
import org.repatria.core.person.Person;
import org.repatria.core.person.PersonName;
import org.repatria.core.person.Sex;
import org.repatria.server.RunningServer;

/** A party's request list of missing persons, stored for a test: the rows a DNA confirmation may name. */
final class RequestLists {
    private RequestLists() {
    }

    /** Stores {@code author}'s request list of remains {@code title} whose rows have the given ids (military id "MI-" + id). */
    static ListId add(RunningServer running, PartyId author, String title, String... rowIds) {
        return add(running, author, Category.REMAINS, title, rowIds);
    }

    /** The same, of persons of {@code category}. */
    static ListId add(RunningServer running, PartyId author, Category category, String title, String... rowIds) {
        ListId id = new ListId(UUID.nameUUIDFromBytes((author + title).getBytes(StandardCharsets.UTF_8)));
        List<Person> people = new ArrayList<>();
        for (String row : rowIds) {
            people.add(new Person(row, new PersonName("Бондар", "Іван", "Петрович"), new PersonName("", "", ""), Sex.MALE,
                    PartialDate.parseIso("1990"), "", "MI-" + row, "soldier", "unit 1", category));
        }
        running.world().store.lists().add(new PersonList(new ListHeader(id, author, ListPurpose.REQUEST, category, title,
                Instant.parse("2025-06-02T10:00:00Z"), people.size()), people));
        return id;
    }
}
