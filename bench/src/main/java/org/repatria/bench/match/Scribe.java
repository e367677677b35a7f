package org.repatria.bench.match;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.SplittableRandom;
import org.repatria.match.PersonRecord;

/**
 * Writes a {@link Roster.Person} as one row of a list for {@link DuplicatedLists}, in Ukrainian or Russian Cyrillic or
 * in Latin (from either, by a {@link Scheme}), with slips of the pen, shifted dates and missing fields. Its slips and
 * date errors are its own, not {@link Typos} and {@link Writing}'s: this generator is kept apart from the one the
 * matcher was tuned on (BENCHMARKS.md, "Lists that name a person twice"), and sharing them would change its lists.
 */
final class Scribe {
    /** How a row is written. */
    enum Hand { UKRAINIAN, RUSSIAN, LATIN_FROM_UKRAINIAN, LATIN_FROM_RUSSIAN }

    /** The row {@code rowId} for {@code p}; {@code noise} scales the rates of slips, missing and shifted fields. */
    PersonRecord write(String rowId, Roster.Person p, Hand hand, double noise, SplittableRandom rng) {
        boolean russian = hand == Hand.RUSSIAN || hand == Hand.LATIN_FROM_RUSSIAN;
        boolean latin = hand == Hand.LATIN_FROM_UKRAINIAN || hand == Hand.LATIN_FROM_RUSSIAN;
        String surname = surname(p.surname(), p.female(), russian);
        String given = russian ? p.given().ru() : p.given().uk();
        String sons = russian ? p.father().ruPatronymic() : p.father().ukPatronymic();
        String patronymic = p.female() ? Tongues.daughters(sons, russian) : sons;
        String place = russian ? p.placeRu() : p.placeUk();
        String unit = russian ? p.unitRu() : p.unitUk();
        String military = p.militaryId();
        if (latin) {
            Scheme scheme = russian ? (rng.nextDouble() < 0.6 ? Scheme.BGN_PCGN : Scheme.LOOSE_ENGLISH)
                    : Scheme.values()[new int[] {0, 0, 2, 3}[rng.nextInt(4)]];
            surname = scheme.write(surname, rng);
            given = scheme.write(given, rng);
            patronymic = scheme.write(patronymic, rng);
            place = scheme.write(place, rng);
            unit = scheme.write(unit, rng);
            military = rng.nextBoolean() ? scheme.write(military, rng).toUpperCase(Locale.ROOT) : military;
        }
        surname = chance(rng, 0.07 * noise) ? slip(surname, rng) : surname;
        given = chance(rng, 0.05 * noise) ? slip(given, rng) : given;
        patronymic = chance(rng, (latin ? 0.6 : 0.2) * noise) ? "" : chance(rng, 0.05 * noise) ? slip(patronymic, rng) : patronymic;
        String sex = chance(rng, 0.3 * noise) ? "" : latin ? (p.female() ? "F" : "M") : p.female() ? "Ж" : russian ? "М" : "Ч";
        return new PersonRecord(rowId, surname, given, patronymic, sex, date(p.born(), noise, rng),
                chance(rng, 0.4 * noise) ? "" : place, chance(rng, 0.3 + 0.25 * noise) ? "" : military,
                chance(rng, 0.35 * noise) ? "" : unit);
    }

    /** The surname in the language: feminine by ending, Russian spelling letter by letter (і, ї → и, є → е, ґ → г). */
    static String surname(String uk, boolean female, boolean russian) {
        String s = uk;
        if (female) {
            s = s.endsWith("ський") || s.endsWith("цький") ? s.substring(0, s.length() - 2) + "а"
                    : s.endsWith("ов") || s.endsWith("ін") ? s + "а" : s;
        }
        if (russian) {
            s = s.replace("ський", "ский").replace("цький", "цкий").replace("ська", "ская").replace("цька", "цкая")
                    .replace('і', 'и').replace('ї', 'и').replace('є', 'е').replace('ґ', 'г').replace("'", "");
        }
        return s;
    }

    /** At noise 1: day and month swapped 5%, year ±1 5%, the year alone 8%, nothing 6%; else as born, in two forms. */
    private static String date(LocalDate d, double noise, SplittableRandom rng) {
        double x = rng.nextDouble() / Math.max(noise, 1e-9);
        int y = d.getYear();
        int m = d.getMonthValue();
        int day = d.getDayOfMonth();
        if (x < 0.05 && day <= 12) {
            int t = m;
            m = day;
            day = t;
        } else if (x < 0.10) {
            y += rng.nextBoolean() ? 1 : -1;
        } else if (x < 0.18) {
            return Integer.toString(y);
        } else if (x < 0.24) {
            return "";
        }
        day = Math.min(day, YearMonth.of(y, m).lengthOfMonth());
        return rng.nextDouble() < 0.7 ? String.format(Locale.ROOT, "%02d.%02d.%04d", day, m, y)
                : String.format(Locale.ROOT, "%04d-%02d-%02d", y, m, day);
    }

    /** One slip: a letter left out, written twice, two letters swapped, or a letter replaced by the next one. */
    private static String slip(String word, SplittableRandom rng) {
        if (word.length() < 4) {
            return word;
        }
        int i = 1 + rng.nextInt(word.length() - 2);
        StringBuilder b = new StringBuilder(word);
        switch (rng.nextInt(4)) {
            case 0 -> b.deleteCharAt(i);
            case 1 -> b.insert(i, word.charAt(i));
            case 2 -> {
                b.setCharAt(i, word.charAt(i + 1));
                b.setCharAt(i + 1, word.charAt(i));
            }
            default -> b.setCharAt(i, word.charAt(i + 1));
        }
        return b.toString();
    }

    private static boolean chance(SplittableRandom rng, double p) {
        return rng.nextDouble() < p;
    }
}
