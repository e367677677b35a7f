package org.repatria.demo;

import java.time.LocalDate;
import java.util.SplittableRandom;
import org.repatria.core.person.Category;
import org.repatria.core.person.PartialDate;
import org.repatria.core.person.Person;
import org.repatria.core.person.PersonName;
import org.repatria.demo.name.LatinSpelling;
import org.repatria.demo.name.NameForms.Language;
import org.repatria.demo.name.Typos;

/** Writes an identity down as one list row, with the habits (and slips) of the side that keeps the list. */
final class Clerk {
    /** Probabilities per row of each way a written row departs from the identity. */
    record Habits(double russianForms, double latin, double typo, double noPatronymic, double swappedDate,
                  double yearOnly, double noDate, double dropYo, double keepService, double keepPlace) {
    }

    // Columns: russianForms, latin, typo, noPatronymic, swappedDate, yearOnly, noDate, dropYo, keepService, keepPlace.
    /** A holding list: copied from documents, complete and careful; Ukrainians mostly in Russian forms. */
    static final Habits HOLDING = new Habits(0.70, 0.00, 0.01, 0.01, 0.01, 0.05, 0.01, 0.30, 0.95, 0.90);
    /** A request: assembled from relatives' reports, with gaps, slips, Latin spellings and guessed dates. */
    static final Habits REQUEST = new Habits(0.00, 0.08, 0.07, 0.10, 0.04, 0.08, 0.03, 0.50, 0.65, 0.70);
    /** The children's request: from birth certificates, mostly complete; dates never swapped, so ages stay 0-17. */
    static final Habits CHILDREN = new Habits(0.00, 0.03, 0.03, 0.02, 0.00, 0.03, 0.00, 0.00, 0.00, 0.95);

    private static final PersonName NO_LATIN = new PersonName("", "", "");

    private final NameWriter naming;
    private final Habits habits;
    private final SplittableRandom rng;

    Clerk(NameWriter naming, Habits habits, SplittableRandom rng) {
        this.naming = naming;
        this.habits = habits;
        this.rng = rng;
    }

    Person write(TrueIdentity who, String rowId, Category category) {
        boolean russian = who.language() == Language.RUSSIAN || chance(habits.russianForms());
        Language script = russian ? Language.RUSSIAN : who.language();
        PersonName name = russian ? naming.russian(who) : naming.own(who);
        if (chance(habits.noPatronymic())) {
            name = new PersonName(name.surname(), name.givenName(), "");
        }
        if (chance(habits.typo())) {
            name = rng.nextInt(3) < 2 ? new PersonName(Typos.slip(name.surname(), rng), name.givenName(), name.patronymic())
                    : new PersonName(name.surname(), Typos.slip(name.givenName(), rng), name.patronymic());
        }
        if (script == Language.RUSSIAN && chance(habits.dropYo())) {
            name = new PersonName(noYo(name.surname()), noYo(name.givenName()), noYo(name.patronymic()));
        }
        String place = chance(habits.keepPlace()) ? pick(who.place(), russian) : "";
        String unit = chance(habits.keepService()) ? pick(who.unit(), russian) : "";
        String rank = chance(habits.keepService()) ? pick(who.rank(), russian) : "";
        String militaryId = chance(habits.keepService()) ? who.militaryId() : "";
        PartialDate birth = birth(who.birth());
        if (chance(habits.latin())) {
            name = new PersonName(LatinSpelling.of(script, name.surname()), LatinSpelling.of(script, name.givenName()),
                    LatinSpelling.of(script, name.patronymic()));
            place = LatinSpelling.of(script, place);
        }
        return new Person(rowId, name, NO_LATIN, who.sex(), birth, place, militaryId, rank, unit, category);
    }

    private PartialDate birth(LocalDate date) {
        double r = rng.nextDouble();
        if (r < habits.noDate()) {
            return PartialDate.unknown();
        }
        r -= habits.noDate();
        if (r < habits.yearOnly()) {
            return new PartialDate.Year(date.getYear());
        }
        r -= habits.yearOnly();
        if (r < habits.swappedDate() && date.getDayOfMonth() <= 12 && date.getDayOfMonth() != date.getMonthValue()) {
            return new PartialDate.Day(LocalDate.of(date.getYear(), date.getDayOfMonth(), date.getMonthValue()));
        }
        return new PartialDate.Day(date);
    }

    private boolean chance(double p) {
        return rng.nextDouble() < p;
    }

    private static String pick(BilingualTerm term, boolean russian) {
        return russian ? term.russian() : term.own();
    }

    private static String noYo(String s) {
        return s.replace('ё', 'е').replace('Ё', 'Е');
    }
}
