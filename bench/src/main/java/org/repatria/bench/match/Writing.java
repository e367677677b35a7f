package org.repatria.bench.match;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.SplittableRandom;
import org.repatria.core.person.Sex;
import org.repatria.demo.name.NameForms;
import org.repatria.demo.name.NameForms.Language;
import org.repatria.match.PersonRecord;

/**
 * Writes a person as a list row in one of four styles (Ukrainian Cyrillic, Russian Cyrillic, Latin from either),
 * with the mistakes of real lists at rates set by {@code noise} (1 = the right-hand list's full rates).
 */
final class Writing {
    enum Style { UKRAINIAN, RUSSIAN, LATIN_FROM_UKRAINIAN, LATIN_FROM_RUSSIAN }

    private final NameForms forms = NameForms.standard();

    PersonRecord write(String id, Identity who, Style style, double noise, SplittableRandom rng) {
        boolean russian = style == Style.RUSSIAN || style == Style.LATIN_FROM_RUSSIAN;
        boolean latin = style == Style.LATIN_FROM_UKRAINIAN || style == Style.LATIN_FROM_RUSSIAN;
        Sex sex = who.female() ? Sex.FEMALE : Sex.MALE;
        Language lang = russian ? Language.RUSSIAN : Language.UKRAINIAN;
        String given = russian ? forms.russian(who.givenName()).orElse(letterByLetter(who.givenName())) : who.givenName();
        String father = russian ? forms.russian(who.father()).orElse(letterByLetter(who.father())) : who.father();
        String surname = forms.surname(lang, russian ? letterByLetter(who.surname()) : who.surname(), sex);
        String patronymic = forms.patronymic(lang, father, sex);
        String place = russian ? who.placeRu() : who.placeUk();
        String unit = russian ? who.unitRu() : who.unitUk();
        if (latin) {
            Romanisation scheme = Romanisation.values()[rng.nextInt(3)];
            surname = scheme.write(surname);
            given = scheme.write(given);
            patronymic = scheme.write(patronymic);
            place = scheme.write(place);
            unit = scheme.write(unit);
        }
        surname = maybe(rng, 0.08 * noise) ? Typos.slip(surname, rng) : surname;
        given = maybe(rng, 0.05 * noise) ? Typos.slip(given, rng) : given;
        patronymic = maybe(rng, (latin ? 0.6 : 0.15) * noise) ? "" : maybe(rng, 0.05 * noise) ? Typos.slip(patronymic, rng) : patronymic;
        String sexText = maybe(rng, 0.2 * noise) ? "" : latin ? (who.female() ? "F" : "M")
                : russian ? (who.female() ? "Ж" : "М") : (who.female() ? "Ж" : "Ч");
        String id2 = maybe(rng, 0.5 + 0.2 * noise) ? "" : maybe(rng, 0.03 * noise) ? Typos.slip(who.militaryId(), rng) : who.militaryId();
        return new PersonRecord(id, surname, given, patronymic, sexText, date(who.birthDate(), noise, rng),
                maybe(rng, 0.4 * noise) ? "" : place, id2, maybe(rng, 0.3 * noise) ? "" : unit);
    }

    /** Date mistakes, all possible dates: day and month swapped, year ±1, a day off, only the year, or nothing. */
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
        } else if (x < 0.15) {
            day = day % 10 == 9 || day == d.lengthOfMonth() ? day - 1 : day + 1;
        } else if (x < 0.23) {
            return Integer.toString(y);
        } else if (x < 0.30) {
            return "";
        }
        // Mistaken but possible: lists refuse a 32 March or a 29 February of a common year (see `repatria validate`).
        day = Math.min(day, YearMonth.of(y, m).lengthOfMonth());
        return rng.nextBoolean() ? String.format(Locale.ROOT, "%04d-%02d-%02d", y, m, day)
                : String.format(Locale.ROOT, "%02d.%02d.%04d", day, m, y);
    }

    /** The usual Russian spelling of a Ukrainian surname or name not in the table: і, ї → и, є → е, ґ → г. */
    static String letterByLetter(String ukrainian) {
        return ukrainian.replace("ськ", "ск").replace("цьк", "цк").replace('і', 'и').replace('ї', 'и').replace('є', 'е')
                .replace('ґ', 'г').replace('І', 'И').replace('Є', 'Е').replace("'", "").replace("’", "");
    }

    private static boolean maybe(SplittableRandom rng, double p) {
        return rng.nextDouble() < p;
    }
}
