package org.repatria.bench.person;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.UUID;
import org.repatria.core.account.Account;
import org.repatria.core.account.Role;
import org.repatria.core.list.ListHeader;
import org.repatria.core.list.ListId;
import org.repatria.core.list.ListPurpose;
import org.repatria.core.list.PersonList;
import org.repatria.core.party.Party;
import org.repatria.core.party.PartyId;
import org.repatria.core.party.PartyKind;
import org.repatria.core.person.Category;
import org.repatria.core.person.PartialDate;
import org.repatria.core.person.Person;
import org.repatria.core.person.PersonName;
import org.repatria.core.person.Sex;
import org.repatria.server.person.Persons;
import org.repatria.store.Store;

/**
 * The server's person index end to end (docs/decisions/0156), on an embedded SQLite store: {@code rows} rows stored in
 * lists of 10,000 and joined by {@link Persons} from the store (read, link, persons written back), the same store
 * restored by a new {@link Persons} (a restart), a new 6,000-row list joined, and 200 searches as the mediator
 * (hits picked by readable rows, rows read from the store). Usage: {@code PersonsBench [rows] [--seed S]}.
 */
public final class PersonsBench {
    private static final String[] SURNAMES = {"Ковальчук", "Бойко", "Шевченко", "Коваленко", "Бондаренко", "Ткаченко",
            "Кравченко", "Олійник", "Шевчук", "Поліщук", "Лисенко", "Мельник", "Савченко", "Руденко", "Марченко", "Петренко",
            "Мороз", "Павленко", "Кузьменко", "Клименко", "Левченко", "Харченко", "Карпенко", "Гончаренко", "Романенко",
            "Мартинюк", "Пономаренко", "Литвиненко", "Ковальов", "Савчук", "Кравчук", "Гнатюк", "Тимошенко", "Білоус",
            "Яковенко", "Ігнатенко", "Костенко", "Демченко", "Остапенко", "Захарченко"};
    private static final String[] GIVEN = {"Олександр", "Іван", "Микола", "Андрій", "Сергій", "Василь", "Петро", "Юрій",
            "Дмитро", "Віктор", "Володимир", "Олег", "Богдан", "Тарас", "Роман", "Максим", "Михайло", "Степан", "Ігор", "Павло"};
    private static final String[] FATHERS = {"Олександрович", "Іванович", "Миколайович", "Андрійович", "Сергійович",
            "Васильович", "Петрович", "Юрійович", "Дмитрович", "Вікторович", "Володимирович", "Олегович"};
    private static final int LIST_ROWS = 10_000;
    private static final Instant T0 = Instant.parse("2025-06-01T09:00:00Z");

    private PersonsBench() {
    }

    public static void main(String[] args) throws Exception {
        int rows = args.length > 0 ? Integer.parseInt(args[0].replace("_", "")) : 100_000;
        long seed = args.length > 2 && args[1].equals("--seed") ? Long.parseLong(args[2]) : 1;
        Path dir = Files.createTempDirectory("persons-bench");
        SplittableRandom rng = new SplittableRandom(seed);
        try (Store store = Store.embedded(dir)) {
            store.parties().add(new Party(new PartyId("ua"), "Україна", PartyKind.BELLIGERENT));
            store.parties().add(new Party(new PartyId("tr"), "Türkiye", PartyKind.MEDIATOR));
            List<Person> everyone = new ArrayList<>();
            long t = System.nanoTime();
            for (int list = 0; list * LIST_ROWS < rows; list++) {
                List<Person> people = new ArrayList<>();
                for (int r = list * LIST_ROWS; r < Math.min(rows, (list + 1) * LIST_ROWS); r++) {
                    Person p = person(String.valueOf(r), rng);
                    people.add(p);
                    everyone.add(p);
                }
                add(store, "list " + list, people, T0.plusSeconds(list));
            }
            System.out.printf(Locale.ROOT, "stored %,d rows in %.1f s%n", rows, (System.nanoTime() - t) / 1e9);
            t = System.nanoTime();
            try (Persons persons = Persons.start(store, Clock.systemUTC())) {
                settle(persons);
                System.out.printf(Locale.ROOT, "joined %,d stored rows from nothing: %.1f s%n", rows, (System.nanoTime() - t) / 1e9);
            }
            t = System.nanoTime();
            try (Persons persons = Persons.start(store, Clock.systemUTC())) {
                settle(persons);
                System.out.printf(Locale.ROOT, "restart (restore, no linking): %.1f s; heap used %,d MiB%n",
                        (System.nanoTime() - t) / 1e9, heapMiB());
                List<Person> fresh = new ArrayList<>();
                for (int r = 0; r < 6_000; r++) {
                    fresh.add(r % 10 < 7 ? renumbered(everyone.get(rng.nextInt(everyone.size())), "n" + r) : person("n" + r, rng));
                }
                add(store, "new list", fresh, T0.plusSeconds(100_000));
                t = System.nanoTime();
                settle(persons);
                System.out.printf(Locale.ROOT, "a new 6,000-row list joined to %,d rows (read, link, write): %.2f s%n", rows,
                        (System.nanoTime() - t) / 1e9);
                Account mediator = new Account("bench", "Bench", new PartyId("tr"), Role.MEDIATOR);
                double[] ms = new double[200];
                for (int q = 0; q < ms.length; q++) {
                    Person p = everyone.get(rng.nextInt(everyone.size()));
                    String text = switch (q % 4) {
                        case 0 -> p.name().surname() + " " + p.name().givenName();
                        case 1 -> p.name().surname() + " " + p.birthDate().iso().substring(0, 4);
                        case 2 -> p.name().givenName() + " " + p.name().surname() + " " + p.birthDate().iso();
                        default -> p.militaryId();
                    };
                    long s = System.nanoTime();
                    persons.search(mediator, text, 20);
                    ms[q] = (System.nanoTime() - s) / 1e6;
                }
                Arrays.sort(ms);
                System.out.printf(Locale.ROOT, "search as the mediator, limit 20, %d queries: median %.1f ms, p95 %.1f ms, max %.1f ms%n",
                        ms.length, ms[ms.length / 2], ms[(int) (ms.length * 0.95)], ms[ms.length - 1]);
            }
        }
    }

    private static void settle(Persons persons) {
        if (!persons.settle(Duration.ofMinutes(30))) {
            throw new IllegalStateException("the person index did not settle within 30 minutes");
        }
    }

    private static Person person(String row, SplittableRandom rng) {
        LocalDate born = LocalDate.of(1960, 1, 1).plusDays(rng.nextInt(365 * 45));
        return new Person(row, new PersonName(SURNAMES[rng.nextInt(SURNAMES.length)], GIVEN[rng.nextInt(GIVEN.length)],
                FATHERS[rng.nextInt(FATHERS.length)]), new PersonName("", "", ""), Sex.MALE, PartialDate.parseIso(born.toString()),
                "", "MI-" + (1_000_000 + rng.nextInt(9_000_000)), "soldier", "", Category.POW);
    }

    private static Person renumbered(Person p, String row) {
        return new Person(row, p.name(), p.latin(), p.sex(), p.birthDate(), p.birthPlace(), p.militaryId(), p.rank(), p.unit(),
                p.category());
    }

    private static void add(Store store, String title, List<Person> rows, Instant at) {
        store.lists().add(new PersonList(new ListHeader(new ListId(UUID.randomUUID()), new PartyId("ua"), ListPurpose.HOLDING,
                Category.POW, title, at, rows.size()), rows));
    }

    private static long heapMiB() {
        Runtime rt = Runtime.getRuntime();
        System.gc();
        return (rt.totalMemory() - rt.freeMemory()) >> 20;
    }
}
