package org.repatria.lists;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import org.repatria.core.list.PersonList;
import org.repatria.core.person.Person;

/** A list ready for export: its title, the author party's name, its date, and its persons in order. */
public record ListDocument(String title, String author, LocalDate date, List<Person> persons) {
    public ListDocument {
        title = Objects.requireNonNullElse(title, "").strip();
        author = Objects.requireNonNullElse(author, "").strip();
        Objects.requireNonNull(date, "date");
        persons = List.copyOf(persons);
    }

    /** An imported list, as it was read. */
    public static ListDocument of(ImportedList list, String title, String author, LocalDate date) {
        return new ListDocument(title, author, date, list.persons());
    }

    /** A domain list, dated the day (UTC) it was created. */
    public static ListDocument of(PersonList list, String author) {
        return new ListDocument(list.header().title(), author, LocalDate.ofInstant(list.header().created(), ZoneOffset.UTC),
                list.rows());
    }
}
