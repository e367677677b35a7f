package org.repatria.bench.match;

import java.time.LocalDate;
import java.util.Locale;
import java.util.SplittableRandom;
import org.repatria.core.person.Sex;
import org.repatria.demo.name.NameForms;
import org.repatria.demo.name.NameForms.Language;
import org.repatria.match.trace.ChildRecord;

/**
 * Writes a child two ways: as the family reports them (Ukrainian Cyrillic, parents' names and the removal as the
 * family knows them), and as the other side's record of a placed child — 60% Russian Cyrillic, 25% Latin (one of
 * three clerk schemes), 15% Ukrainian — where half carry a new surname (a fifth of those the mother's maiden name),
 * 40% a new given name, 40% a birth date shifted by days, months or a year or with day and month swapped, half no
 * or another birth place, a fifth no patronymic or an adoptive father's, a fifth the parents' given names, and the
 * date the child was placed, mostly within four months of the removal.
 */
final class ChildWriting {
    private final NameForms forms = NameForms.standard();
    private final Weighted ruSurnames = new Weighted("ru-surnames.txt", 1);
    private final Weighted ruBoys = new Weighted("ru-given-male.txt", 1);
    private final Weighted ruGirls = new Weighted("ru-given-female.txt", 1);
    private final Weighted ruPlaces = new Weighted("ru-places.txt", 0);
    private final Weighted places = new Weighted("occupied-places.txt", 0);
    private final Weighted boys = new Weighted("uk-given-male.txt", 1);
    private final Weighted girls = new Weighted("uk-given-female.txt", 1);
    private final Weighted surnames = new Weighted("uk-surnames.txt", 1);

    ChildRecord asFamilyGivesIt(String id, Family c, SplittableRandom rng) {
        Sex sex = c.female() ? Sex.FEMALE : Sex.MALE;
        String surname = forms.surname(Language.UKRAINIAN, c.surname(), sex);
        return new ChildRecord(id, maybe(rng, 0.03) ? Typos.slip(surname, rng) : surname, c.givenName(),
                forms.patronymic(Language.UKRAINIAN, c.father(), sex), c.female() ? "Ж" : "Ч", date(c.birthDate(), rng),
                c.place(), c.father(), c.mother(), forms.surname(Language.UKRAINIAN, c.motherMaiden(), Sex.FEMALE),
                c.removed().toString());
    }

    ChildRecord asPlaced(String id, Family c, SplittableRandom rng) {
        double s = rng.nextDouble();
        Language lang = s < 0.85 ? Language.RUSSIAN : Language.UKRAINIAN;
        Romanisation latin = s >= 0.6 && s < 0.85 ? Romanisation.values()[rng.nextInt(3)] : null;
        Sex sex = c.female() ? Sex.FEMALE : Sex.MALE;
        String surname = maybe(rng, 0.5) ? (maybe(rng, 0.2) ? c.motherMaiden() : ruSurnames.draw(rng)[0]) : c.surname();
        surname = forms.surname(lang, lang == Language.RUSSIAN ? Writing.letterByLetter(surname) : surname, sex);
        String given = inLanguage(lang, c.givenName());
        if (maybe(rng, 0.4)) {
            String kept = given;
            do {
                given = given(lang, (c.female() ? ruGirls : ruBoys).draw(rng)[0]);
            } while (given.equals(kept) || given.equals(c.givenName()));
        }
        double p = rng.nextDouble();
        String patronymic = p < 0.7 ? forms.patronymic(lang, inLanguage(lang, c.father()), sex) : p < 0.9 ? ""
                : forms.patronymic(lang, given(lang, ruBoys.draw(rng)[0]), sex);
        boolean parents = maybe(rng, 0.2);
        String father = parents ? inLanguage(lang, c.father()) : "";
        String mother = parents ? inLanguage(lang, c.mother()) : "";
        double q = rng.nextDouble();
        String place = q < 0.25 ? "" : q < 0.5 ? elsewhere(c.place(), rng) : c.place();
        if (lang == Language.RUSSIAN) {
            place = Writing.letterByLetter(place.replace("м. ", "г. ").replace("обл.", "область"));
        }
        if (latin != null) {
            surname = latin.write(surname);
            given = latin.write(given);
            patronymic = latin.write(patronymic);
            father = latin.write(father);
            mother = latin.write(mother);
            place = latin.write(place.replaceAll("^(г|м)\\. ", ""));
        }
        surname = maybe(rng, 0.05) ? Typos.slip(surname, rng) : surname;
        given = maybe(rng, 0.04) ? Typos.slip(given, rng) : given;
        String sexText = maybe(rng, 0.05) ? "" : latin != null ? (c.female() ? "F" : "M") : c.female() ? "Ж" : "М";
        LocalDate born = maybe(rng, 0.4) ? shifted(c.birthDate(), rng) : c.birthDate();
        double r = rng.nextDouble();
        String since = r < 0.8 ? c.removed().plusDays(rng.nextInt(121)).toString()
                : r < 0.95 ? c.removed().plusDays(rng.nextInt(121, 401)).toString() : "";
        return new ChildRecord(id, surname, given, patronymic, sexText, date(born, rng), place, father, mother, "", since);
    }

    /** Another child of the same surname and given name: other parents, place, removal, born within three years. */
    Family namesake(Family c, SplittableRandom rng) {
        LocalDate removed = LocalDate.of(2022, 3, 1).plusDays(rng.nextInt(900));
        return new Family(c.surname(), c.givenName(), boys.draw(rng)[0], girls.draw(rng)[0], surnames.draw(rng)[0], c.female(),
                c.birthDate().plusDays(rng.nextInt(-3 * 365, 3 * 365)), places.draw(rng)[1], removed);
    }

    /** Another place of birth: a Russian town, or another occupied one. */
    private String elsewhere(String place, SplittableRandom rng) {
        String other;
        do {
            other = maybe(rng, 0.5) ? ruPlaces.draw(rng)[1] : places.draw(rng)[1];
        } while (other.equals(place));
        return other;
    }

    /** A birth date moved by days (35%), by months (25%), by a year (25%), or with day and month swapped (15%). */
    static LocalDate shifted(LocalDate d, SplittableRandom rng) {
        double k = rng.nextDouble();
        int sign = rng.nextBoolean() ? 1 : -1;
        if (k < 0.35 || (k >= 0.85 && (d.getDayOfMonth() > 12 || d.getDayOfMonth() == d.getMonthValue()))) {
            return d.plusDays(sign * rng.nextInt(1, 21));
        }
        if (k < 0.6) {
            return d.plusMonths(sign * rng.nextInt(1, 7));
        }
        if (k < 0.85) {
            return d.plusYears(sign);
        }
        return LocalDate.of(d.getYear(), d.getDayOfMonth(), d.getMonthValue());
    }

    private String inLanguage(Language lang, String ukrainian) {
        return lang == Language.RUSSIAN ? forms.russian(ukrainian).orElse(Writing.letterByLetter(ukrainian)) : ukrainian;
    }

    private String given(Language lang, String russian) {
        return lang == Language.RUSSIAN ? russian : forms.ukrainian(russian).orElse(russian);
    }

    private static String date(LocalDate d, SplittableRandom rng) {
        return rng.nextBoolean() ? d.toString()
                : String.format(Locale.ROOT, "%02d.%02d.%04d", d.getDayOfMonth(), d.getMonthValue(), d.getYear());
    }

    private static boolean maybe(SplittableRandom rng, double p) {
        return rng.nextDouble() < p;
    }
}
