package org.repatria.demo;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.repatria.core.person.PersonName;
import org.repatria.core.person.Sex;
import org.repatria.demo.name.NameForms;
import org.repatria.demo.name.NameForms.Language;

/**
 * Writes a child's case as a family gives it: mother and father (or a grandmother, or the guardianship service for a
 * child taken from an institution), a phone and the address where they now live, the last address in the occupied
 * area, the removal (2022-2024, a settlement under occupation, the circumstances), and a photograph for about a third.
 */
final class ChildParticulars {
    private static final LocalDate FIRST_REMOVAL = LocalDate.of(2022, 3, 1);
    private static final LocalDate LAST_REMOVAL = LocalDate.of(2024, 12, 31);
    private static final String[] OPERATORS = {"50", "66", "67", "68", "73", "93", "95", "96", "97", "98", "99"};
    private static final String PASSPORT = "паспорт громадянина України (ID-картка)";
    private static final double PHOTO = 0.35;
    private static final double INSTITUTION = 0.15;
    private static final double GRANDMOTHER = 0.12;
    private static final double FATHER_TOO = 0.55;

    private final NameData.Side side;
    private final NameForms forms;
    private final CaseData data;
    private final WeightedChoice<String> occupied;
    private final SplittableRandom rng;

    ChildParticulars(NameData.Side side, WeightedChoice<String> occupied, SplittableRandom rng) {
        this.side = side;
        this.forms = NameForms.standard();
        this.data = CaseData.get();
        this.occupied = occupied;
        this.rng = rng;
    }

    ChildCase write(TrueIdentity child, String rowId) {
        String home = rng.nextDouble() < 0.8 ? child.place().own() : occupied.pick(rng);
        LocalDate removed = removal(child.birth());
        String removedFrom = rng.nextDouble() < 0.75 ? home : occupied.pick(rng);
        ChildCase.Removal removal = new ChildCase.Removal(removed, removedFrom, data.removals.pick(rng));
        Optional<Portrait> photo = Optional.empty();
        if (rng.nextDouble() < PHOTO) {
            int age = Period.between(child.birth(), removed).getYears();
            photo = Optional.of(new Portrait(Portraits.draw(age, rng.split()),
                    "фото надане родиною, " + Math.max(child.birth().getYear(), removed.getYear() - 1 - rng.nextInt(2)) + " р."));
        }
        return new ChildCase(rowId, guardians(child), address(home), removal, List.of(), photo);
    }

    private List<ChildCase.Guardian> guardians(TrueIdentity child) {
        String lives = side.communities().pick(rng).places().pick(rng).own();
        double r = rng.nextDouble();
        if (r < INSTITUTION) {
            PersonName officer = adult(child.surname(), Sex.FEMALE, true);
            return List.of(new ChildCase.Guardian(officer, "законний представник (служба у справах дітей)", "legal-guardian",
                    PASSPORT, passport(), phone(), "служба у справах дітей, " + lives));
        }
        if (r < INSTITUTION + GRANDMOTHER) {
            PersonName grandmother = new PersonName(forms.surname(Language.UKRAINIAN, child.surname(), Sex.FEMALE),
                    givenOf(Sex.FEMALE), forms.patronymic(Language.UKRAINIAN, fatherGiven(), Sex.FEMALE));
            return List.of(new ChildCase.Guardian(grandmother, "бабуся, опікунка", "legal-guardian", PASSPORT, passport(), phone(),
                    address(lives)));
        }
        String address = address(lives);
        List<ChildCase.Guardian> parents = new ArrayList<>();
        parents.add(new ChildCase.Guardian(adult(child.surname(), Sex.FEMALE, false), "мати", "parent", PASSPORT, passport(), phone(), address));
        if (rng.nextDouble() < FATHER_TOO) {
            PersonName father = new PersonName(child.surname(), child.father(),
                    forms.patronymic(Language.UKRAINIAN, fatherGiven(), Sex.MALE));
            parents.add(new ChildCase.Guardian(father, "батько", "parent", PASSPORT, passport(), phone(), address));
        }
        return parents;
    }

    private PersonName adult(String familySurname, Sex sex, boolean ownSurname) {
        NameData.Community community = side.communities().pick(rng);
        String surname = ownSurname ? community.surnames().pick(rng) : familySurname;
        return new PersonName(forms.surname(Language.UKRAINIAN, surname, sex), givenOf(sex),
                forms.patronymic(Language.UKRAINIAN, fatherGiven(), sex));
    }

    private String givenOf(Sex sex) {
        NameData.Community community = side.communities().pick(rng);
        return (sex == Sex.FEMALE ? community.femaleGiven() : community.maleGiven()).pick(rng);
    }

    private String fatherGiven() {
        return side.communities().pick(rng).fatherGiven().pick(rng);
    }

    /** Between March 2022 and 2024, not before the child was a month old (a baby born later was taken in 2025). */
    private LocalDate removal(LocalDate birth) {
        LocalDate from = birth.plusMonths(1).isAfter(FIRST_REMOVAL) ? birth.plusMonths(1) : FIRST_REMOVAL;
        LocalDate to = LAST_REMOVAL;
        if (from.isAfter(LAST_REMOVAL)) {
            LocalDate eve = BirthDates.TALKS.minusDays(1);
            from = from.isAfter(eve) ? birth : from;
            to = from.plusMonths(3).isAfter(eve) ? eve : from.plusMonths(3);
        }
        return from.plusDays(rng.nextLong(to.toEpochDay() - from.toEpochDay() + 1));
    }

    private String address(String place) {
        String flat = rng.nextDouble() < 0.5 ? ", кв. " + (1 + rng.nextInt(120)) : "";
        return data.streets.pick(rng) + ", буд. " + (1 + rng.nextInt(150)) + flat + ", " + place;
    }

    private String phone() {
        return String.format("+380 %s %03d %02d %02d", OPERATORS[rng.nextInt(OPERATORS.length)], rng.nextInt(1000),
                rng.nextInt(100), rng.nextInt(100));
    }

    /** The number of an ID-card passport of a citizen of Ukraine: nine digits. */
    private String passport() {
        return String.format("%09d", rng.nextInt(1_000_000_000));
    }
}
