package org.repatria.bench.match;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * The people behind {@link DuplicatedLists}: about 7% brothers of the one before (same surname, father, place and
 * unit), 5% namesakes of someone earlier (same surname and given name, all else different); surnames three in four
 * from the demo's surname list (data only) and one in four composed of a root and a suffix, for a longer tail.
 */
final class Roster {
    /** One person, with names in both languages. */
    record Person(int id, String surname, Tongues.Given given, Tongues.Given father, boolean female, LocalDate born,
                  String placeUk, String placeRu, String unitUk, String unitRu, String militaryId) {
    }

    private static final String[] ROOTS = {"Коваль", "Мельнич", "Ткач", "Кравч", "Гриц", "Данил", "Сидор", "Лисен",
        "Гонч", "Кузьм", "Остап", "Наум", "Степан", "Юрч", "Мороз", "Дуб", "Береж", "Зінч", "Савч", "Мирон", "Гаврил",
        "Климч", "Прокоп", "Семен", "Яким", "Гуц", "Левч", "Панч", "Голуб", "Вовч", "Гнат", "Кирил", "Март",
        "Тимч", "Федор", "Хом", "Шаповал", "Явор", "Ющ"};
    private static final String[] SUFFIXES = {"енко", "ук", "юк", "чук", "ишин", "ак", "ич", "ів", "ко", "ець"};
    private static final String MILITARY_LETTERS = "АВЕКМНОРСТ";

    private final Weighted surnames = new Weighted("uk-surnames.txt", 1);
    private final Weighted places = new Weighted("uk-places.txt", 0);
    private final Weighted units = new Weighted("uk-units.txt", 0);

    /** {@code n} people with ids 0..n−1. */
    List<Person> draw(int n, SplittableRandom rng) {
        List<Person> out = new ArrayList<>(n);
        while (out.size() < n) {
            double kind = rng.nextDouble();
            Person p = fresh(out.size(), rng);
            if (kind < 0.07 && !out.isEmpty()) {
                Person of = out.get(out.size() - 1);
                Tongues.Given given = Tongues.draw(Tongues.MEN, false, rng);
                while (given.uk().equals(of.given().uk())) {
                    given = Tongues.draw(Tongues.MEN, false, rng);
                }
                p = new Person(p.id(), of.surname(), given, of.father(), false, of.born().plusDays(rng.nextInt(-2200, 2200)),
                        of.placeUk(), of.placeRu(), of.unitUk(), of.unitRu(), p.militaryId());
            } else if (kind < 0.12 && !out.isEmpty()) {
                Person of = out.get(rng.nextInt(out.size()));
                p = new Person(p.id(), of.surname(), of.given(), p.father(), of.female(), p.born(), p.placeUk(), p.placeRu(),
                        p.unitUk(), p.unitRu(), p.militaryId());
            }
            out.add(p);
        }
        return out;
    }

    private Person fresh(int id, SplittableRandom rng) {
        boolean female = rng.nextDouble() < 0.08;
        String root = ROOTS[rng.nextInt(ROOTS.length)];
        String suffix = SUFFIXES[rng.nextInt(SUFFIXES.length)];
        String surname = rng.nextDouble() < 0.75 ? surnames.draw(rng)[0]
                : root.endsWith("ч") && suffix.startsWith("ч") ? root + suffix.substring(1) : root + suffix;
        String[] place = places.draw(rng);
        String[] unit = units.draw(rng);
        String military = "" + MILITARY_LETTERS.charAt(rng.nextInt(MILITARY_LETTERS.length()))
                + MILITARY_LETTERS.charAt(rng.nextInt(MILITARY_LETTERS.length()))
                + String.format(Locale.ROOT, "%06d", rng.nextInt(1_000_000));
        return new Person(id, surname, Tongues.draw(female ? Tongues.WOMEN : Tongues.MEN, false, rng),
                Tongues.draw(Tongues.MEN, true, rng), female, LocalDate.of(1962, 1, 1).plusDays(rng.nextInt(365 * 43)),
                place[1], place[2], unit[1], unit[2], military);
    }
}
