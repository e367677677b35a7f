package org.repatria.match.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.repatria.match.name.Name;
import org.repatria.match.name.Names;

class ProfileColumnsTest {
    private static final String[] SURNAMES = {"Ковальчук", "Kovalchuk", "Ковальчук", "Коваль", "Kowalczuk", "Шевченко",
            "Shevchenko", "Шевчено", "Олександр", "Oleksandr", "Бойко", "Boiko", "Бойкo", "Мельник", "Melnyk", "Мельників", ""};
    private static final String[] GIVEN = {"Олександр", "Александр", "Oleksandr", "Aleksandr", "Олексадр", "Ковальчук",
            "Kovalchuk", "Іван", "Иван", "Ivan", "Юлія", "Yuliia", "Юля", "Шевченко", ""};
    private static final String[] PATRONYMICS = {"Миколайович", "Николаевич", "Mykolaiovych", "Миколаївна", "Іванович",
            "Иванович", "Ivanovych", "Іванвич", ""};
    private static final String[] PLACES = {"м. Київ", "г. Киев", "Kyiv", "Київ, Київська обл.", "с. Бровари", "Brovary",
            "Бравари", "Львів", "Lviv", ""};
    private static final String[] UNITS = {"35-а окрема бригада", "35th Brigade", "36 бригада", "Азов", "Azov", ""};
    private static final String[] DATES = {"12.03.1998", "1998-03-12", "1998-12-03", "1999-03-12", "1998-03-13",
            "1998-03-21", "1998", "1997", "1997-12-30", "8991-03-12", "19980312", "", "1998-13-40"};
    private static final String[] IDS = {"ab123", "ab124", "ab132", "ba123", "ав123", "", "", "x1"};
    private static final String[] ADDRESSES = {"вул. Шевченка 5, Київ", "Kyiv, Shevchenka 5", "вул. Шевченка 7, Київ",
            "Київ", "Lviv, Franka 12", "", ""};

    private final Names names = new Names();

    private List<Profile> people(Random random, int n) {
        org.repatria.match.Preparation prep = new org.repatria.match.Preparation();
        List<Profile> people = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            people.add(prep.profile(new org.repatria.match.PersonRecord(String.valueOf(k), pick(random, SURNAMES),
                    pick(random, GIVEN), pick(random, PATRONYMICS), pick(random, new String[] {"m", "f", "", "ж"}),
                    pick(random, DATES), pick(random, PLACES), pick(random, IDS), pick(random, UNITS),
                    pick(random, ADDRESSES))));
        }
        return people;
    }

    private static String pick(Random random, String[] values) {
        return values[random.nextInt(values.length)];
    }

    @Test
    void everyPairGetsTheLevelsTheFieldsGive() {
        Random random = new Random(15);
        List<Profile> a = people(random, 260);
        List<Profile> b = people(random, 240);
        ProfileColumns.Session session = ProfileColumns.of(a, b).session();
        byte[] flat = new byte[Comparison.fields()];
        byte[] fields = new byte[Comparison.fields()];
        for (int i = 0; i < a.size(); i++) {
            for (int j = 0; j < b.size(); j++) {
                session.compare(i, j, flat);
                Comparison.levels(a.get(i), b.get(j), fields);
                assertThat(flat).as("%s / %s", a.get(i), b.get(j)).isEqualTo(fields);
            }
        }
    }

    @Test
    void oneListAgainstItselfGetsTheLevelsTheFieldsGive() {
        List<Profile> a = people(new Random(16), 200);
        ProfileColumns.Session session = ProfileColumns.of(a, a).session();
        byte[] flat = new byte[Comparison.fields()];
        byte[] fields = new byte[Comparison.fields()];
        for (int i = 0; i < a.size(); i++) {
            for (int j = 0; j < a.size(); j++) {
                session.compare(i, j, flat);
                Comparison.levels(a.get(i), a.get(j), fields);
                assertThat(flat).isEqualTo(fields);
            }
        }
    }

    @Test
    void pairsComparedInBatchesGetTheLevelsOfThePairsOneByOne() {
        Random random = new Random(17);
        List<Profile> a = people(random, 120);
        List<Profile> b = people(random, 110);
        // Every pair, in an order that jumps about, and a range that starts and ends inside a batch.
        long[] pairs = new long[a.size() * b.size()];
        for (int k = 0; k < pairs.length; k++) {
            int n = (int) ((k * 7919L) % pairs.length);
            pairs[k] = (long) (n / b.size()) << 32 | (n % b.size());
        }
        int fields = Comparison.fields();
        byte[] batched = new byte[pairs.length * fields];
        ProfileColumns.of(a, b).session().compare(pairs, 5, pairs.length - 3, batched);
        byte[] one = new byte[fields];
        for (int k = 0; k < pairs.length; k++) {
            byte[] got = java.util.Arrays.copyOfRange(batched, k * fields, k * fields + fields);
            if (k < 5 || k >= pairs.length - 3) {
                assertThat(got).as("pair %d outside the range", k).containsOnly(0);
            } else {
                Comparison.levels(a.get((int) (pairs[k] >>> 32)), b.get((int) pairs[k]), one);
                assertThat(got).as("pair %d", k).isEqualTo(one);
            }
        }
    }

    @Test
    void aDateOutsideTheYearsAListWritesIsComparedAsADate() {
        Profile a = person(new PartialDate(12_000, 3, 12));
        Profile b = person(new PartialDate(12_000, 12, 3));
        byte[] flat = new byte[Comparison.fields()];
        ProfileColumns.of(List.of(a), List.of(b)).session().compare(0, 0, flat);
        assertThat(flat[Field.BIRTH_DATE.ordinal()]).isEqualTo((byte) 2);
    }

    private Profile person(PartialDate date) {
        return new Profile(names.plain("Бойко"), names.given("Іван"), Name.EMPTY, 'm', Optional.of(date), Name.EMPTY, "",
                Name.EMPTY);
    }

    @Test
    void datesAsIntsGetTheLevelsOfTheDates() {
        Random random = new Random(17);
        for (int n = 0; n < 200_000; n++) {
            PartialDate p = date(random);
            PartialDate q = random.nextInt(3) == 0 ? date(random) : near(random, p);
            int expected = Dates.exact(p, q) ? 1 : Dates.near(p, q) ? 2 : Dates.withinAYear(p, q) ? 3 : 4;
            assertThat(DateCode.level(DateCode.of(p), DateCode.of(q))).as("%s %s", p, q).isEqualTo(expected);
        }
    }

    private static PartialDate date(Random random) {
        int month = random.nextInt(8) == 0 ? 0 : 1 + random.nextInt(12);
        return new PartialDate(1900 + random.nextInt(120), month, month == 0 ? 0 : 1 + random.nextInt(31));
    }

    /** A date one slip away: a digit changed, two digits swapped, day and month swapped, a year off. */
    private static PartialDate near(Random random, PartialDate p) {
        char[] d = p.digits().toCharArray();
        switch (random.nextInt(4)) {
            case 0 -> d[random.nextInt(8)] = (char) ('0' + random.nextInt(10));
            case 1 -> {
                int k = random.nextInt(7);
                char c = d[k];
                d[k] = d[k + 1];
                d[k + 1] = c;
            }
            case 2 -> {
                return new PartialDate(p.year(), p.day(), p.month());
            }
            default -> {
                return new PartialDate(p.year() + random.nextInt(3) - 1, p.month(), p.day());
            }
        }
        String s = new String(d);
        return new PartialDate(Integer.parseInt(s.substring(0, 4)), Integer.parseInt(s.substring(4, 6)),
                Integer.parseInt(s.substring(6)));
    }
}
