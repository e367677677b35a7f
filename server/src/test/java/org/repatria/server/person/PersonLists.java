package org.repatria.server.person;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
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
import org.repatria.server.Fixture;
import org.repatria.server.RunningServer;
import org.repatria.store.Store;

/**
 * Three lists naming the same men in two scripts, added to a running server's world: ua's prisoners in Ukrainian
 * (relayed to ru), ru's prisoners in Russian (not relayed: ua never sees them), and ua's children's list naming a boy
 * Ковальчук. Waits until the person index joined them.
 */
public final class PersonLists {
    public final ListId ua;
    public final ListId ru;
    public final ListId children;

    public PersonLists(RunningServer running) {
        this(running.world().store, running.server().persons());
    }

    public PersonLists(Store store, Persons persons) {
        ua = add(store, Fixture.A, "Полонені, липень", Category.POW, List.of(
                pow("u1", "Ковальчук", "Олександр", "Петрович", "1990-03-14", "MI-555001"),
                pow("u2", "Бойко", "Іван", "Миколайович", "1985-07-02", "MI-555002"),
                pow("u3", "Петренко", "Андрій", "Васильович", "1979-11-30", "MI-555003")));
        ru = add(store, Fixture.B, "Военнопленные, август", Category.POW, List.of(
                pow("r1", "Ковальчук", "Александр", "Петрович", "1990-03-14", "MI-555001"),
                pow("r2", "Бойко", "Иван", "Николаевич", "1985-07-02", "MI-555002"),
                pow("r3", "Сидоренко", "Олег", "Игоревич", "1993-01-21", "MI-555004")));
        children = add(store, Fixture.A, "Діти, вивезені", Category.CHILD, List.of(
                new Person("c1", new PersonName("Ковальчук", "Олександр", "Олександрович"), new PersonName("", "", ""),
                        Sex.MALE, PartialDate.parseIso("2015-05-01"), "Маріуполь", "", "", "", Category.CHILD)));
        store.lists().relay(ua, Fixture.B, Fixture.T0.plusSeconds(600));
        if (!persons.settle(Duration.ofSeconds(60))) {
            throw new IllegalStateException("the person index did not join the lists within a minute");
        }
    }

    private static Person pow(String row, String surname, String given, String patronymic, String birth, String militaryId) {
        return new Person(row, new PersonName(surname, given, patronymic), new PersonName("", "", ""), Sex.MALE,
                PartialDate.parseIso(birth), "", militaryId, "soldier", "", Category.POW);
    }

    private static ListId add(Store store, PartyId author, String title, Category category, List<Person> rows) {
        ListId id = new ListId(UUID.nameUUIDFromBytes(("persons" + author + title).getBytes(StandardCharsets.UTF_8)));
        store.lists().add(new PersonList(new ListHeader(id, author, ListPurpose.HOLDING, category, title,
                Fixture.T0.plusSeconds(300), rows.size()), rows));
        return id;
    }
}
