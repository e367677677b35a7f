package org.repatria.server.linkage;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
import org.repatria.store.Store;

/**
 * Two lists of one set of prisoners: A's request in Ukrainian forms, B's holding list (relayed to A) in Russian
 * forms, the way the issue describes them (Олександр/Александр, Микола/Николай); B's list also holds people A
 * did not ask for, one row with a typo in the day, and namesakes
 * (same names, another birth year) of the people B does not hold, for the review queue.
 */
public final class MatchFixture {
    private static final String[] SURNAMES = {"Ковальчук", "Шевчук", "Гончаренко", "Литвиненко", "Мороз", "Савчук",
        "Руденко", "Кушнір", "Демченко", "Ярошенко", "Приходько", "Левченко"};
    private static final String[][] GIVEN = {{"Олександр", "Александр"}, {"Микола", "Николай"}, {"Юрій", "Юрий"},
        {"Сергій", "Сергей"}, {"Андрій", "Андрей"}};
    private static final String[][] FATHERS = {{"Миколайович", "Николаевич"}, {"Іванович", "Иванович"},
        {"Петрович", "Петрович"}, {"Васильович", "Васильевич"}};
    public static final int PEOPLE = 40;

    private MatchFixture() {
    }

    /** The ids of the two stored lists. */
    public record Lists(ListId left, ListId right) {
    }

    /** A's request (left) and B's holding list (right, relayed to A), stored; their ids. */
    public static Lists add(Store store, Instant at) {
        List<Person> left = new ArrayList<>();
        List<Person> right = new ArrayList<>();
        for (int i = 0; i < PEOPLE; i++) {
            String surname = SURNAMES[i % SURNAMES.length];
            String[] given = GIVEN[i % GIVEN.length];
            String[] father = FATHERS[(i / 3) % FATHERS.length];
            String date = String.format(Locale.ROOT, "%04d-%02d-%02d", 1970 + i % 30, 1 + i % 12, 10 + i % 18);
            left.add(person("u" + i, new PersonName(surname, given[0], father[0]), date, "MI-" + (300000 + i)));
            if (i % 5 != 4) {
                String shown = i == 3 ? "1973-04-12" : date; // a typo in the day of 1973-04-13
                right.add(person("r" + i, new PersonName(surname, given[1], father[1]), shown, i % 2 == 0 ? "MI-" + (300000 + i) : ""));
            } else {
                right.add(person("n" + i, new PersonName(surname, given[1], ""), String.valueOf(1970 + (i + 7) % 30), ""));
            }
        }
        for (int i = 0; i < PEOPLE / 2; i++) {
            right.add(person("x" + i, new PersonName("Иваненко", "Дмитрий", "Олегович"), (1960 + i) + "-05-05", "MI-9" + i));
        }
        ListId l = store(store, Fixture.A, ListPurpose.REQUEST, "Запит: полонені", left, at);
        ListId r = store(store, Fixture.B, ListPurpose.HOLDING, "Удерживаемые лица", right, at.plusSeconds(1));
        store.lists().relay(r, Fixture.A, at.plusSeconds(2));
        return new Lists(l, r);
    }

    private static Person person(String id, PersonName name, String date, String militaryId) {
        return new Person(id, name, new PersonName("", "", ""), Sex.MALE, PartialDate.parseIso(date), "", militaryId, "",
                "", Category.POW);
    }

    private static ListId store(Store store, PartyId author, ListPurpose purpose, String title, List<Person> rows, Instant at) {
        ListId id = new ListId(UUID.nameUUIDFromBytes(title.getBytes(StandardCharsets.UTF_8)));
        store.lists().add(new PersonList(new ListHeader(id, author, purpose, Category.POW, title, at, rows.size()), rows));
        return id;
    }
}
