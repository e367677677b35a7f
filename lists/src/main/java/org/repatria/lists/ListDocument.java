package org.repatria.lists;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import org.repatria.core.list.PersonList;
import org.repatria.core.person.Person;
import org.repatria.lists.field.Details;

/** A list ready for export: its title, the author party's name, its date, and its entries in order. */
public record ListDocument(String title, String author, LocalDate date, List<Entry> entries) {
    public ListDocument {
        title = Objects.requireNonNullElse(title, "").strip();
        author = Objects.requireNonNullElse(author, "").strip();
        Objects.requireNonNull(date, "date");
        entries = List.copyOf(entries);
    }

    /** One person of the list with the detail fields given for them. */
    public record Entry(Person person, Details details) {
        public Entry {
            Objects.requireNonNull(person, "person");
            Objects.requireNonNull(details, "details");
        }
    }

    /** An imported list, as it was read. */
    public static ListDocument of(ImportedList list, String title, String author, LocalDate date) {
        return new ListDocument(title, author, date,
                list.rows().stream().map(r -> new Entry(r.person(), r.details())).toList());
    }

    /** A domain list (no detail fields), dated the day (UTC) it was created. */
    public static ListDocument of(PersonList list, String author) {
        return new ListDocument(list.header().title(), author, LocalDate.ofInstant(list.header().created(), ZoneOffset.UTC),
                list.rows().stream().map(p -> new Entry(p, Details.none())).toList());
    }
}
