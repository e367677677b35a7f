package org.repatria.store;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
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

/** Deterministic lists of made-up people: the same seed always gives the same list. */
public final class SyntheticLists {
    private static final String[] SURNAMES = {"Ковальчук", "Шевченко", "Іваненко", "Бондаренко", "Ткаченко",
        "Кравченко", "Олійник", "Петров", "Смирнов", "Кузнецов", "Євтушенко", "Ґудзь", "Їжакевич"};
    private static final String[] LATIN = {"Kovalchuk", "Shevchenko", "Ivanenko", "Bondarenko", "Tkachenko",
        "Kravchenko", "Oliinyk", "Petrov", "Smirnov", "Kuznetsov", "Yevtushenko", "Gudz", "Yizhakevych"};
    private static final String[] GIVEN = {"Олександр", "Андрій", "Дмитро", "Сергій", "Іван", "Михайло"};
    private static final String[] GIVEN_LATIN = {"Oleksandr", "Andrii", "Dmytro", "Serhii", "Ivan", "Mykhailo"};

    private SyntheticLists() {
    }

    public static PersonList generate(long seed, PartyId author, Instant created, int rows) {
        Random random = new Random(seed);
        ListId id = new ListId(new UUID(random.nextLong(), random.nextLong()));
        List<Person> people = new ArrayList<>(rows);
        for (int i = 0; i < rows; i++) {
            people.add(person(random, i));
        }
        ListHeader header = new ListHeader(id, author, ListPurpose.HOLDING, Category.POW,
                "synthetic list " + seed, created, rows);
        return new PersonList(header, people);
    }

    private static Person person(Random random, int i) {
        int s = random.nextInt(SURNAMES.length);
        int g = random.nextInt(GIVEN.length);
        return new Person("r" + i, new PersonName(SURNAMES[s], GIVEN[g], "Петрович"),
                new PersonName(LATIN[s], GIVEN_LATIN[g], "Petrovych"), Sex.values()[random.nextInt(3)],
                birth(random), "Київ", "АА" + (100_000 + random.nextInt(900_000)), "солдат",
                "в/ч А" + (1000 + random.nextInt(50)), Category.POW);
    }

    private static PartialDate birth(Random random) {
        int year = 1960 + random.nextInt(45);
        return switch (random.nextInt(4)) {
            case 0 -> PartialDate.unknown();
            case 1 -> new PartialDate.Year(year);
            case 2 -> new PartialDate.Month(YearMonth.of(year, 1 + random.nextInt(12)));
            default -> new PartialDate.Day(LocalDate.of(year, 1 + random.nextInt(12), 1 + random.nextInt(28)));
        };
    }
}
