package org.repatria.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.repatria.core.person.Sex;
import org.repatria.demo.name.NameForms.Language;

/** Draws synthetic people of one side: servicemen (a few women medics, some brothers), civilians and children. */
final class SyntheticPeople {
    private static final double WOMEN = 0.02;
    private static final double BROTHERS = 0.03;
    private static final String UK_SERIES = "АБВГДЕКМНОПРСТХ";
    private static final String RU_SERIES = "АБВГДЕЖИКЛМНОПРСТУХ";

    private final NameData.Side side;
    private final SplittableRandom rng;

    SyntheticPeople(NameData.Side side, SplittableRandom rng) {
        this.side = side;
        this.rng = rng;
    }

    /** {@code n} service members; brothers come in pairs from one family, serving in one unit. */
    List<TrueIdentity> servicemen(int n) {
        List<TrueIdentity> people = new ArrayList<>(n);
        while (people.size() < n) {
            NameData.Community community = side.communities().pick(rng);
            TrueIdentity one = serviceman(community, rng.nextDouble() < WOMEN ? Sex.FEMALE : Sex.MALE);
            people.add(one);
            if (one.sex() == Sex.MALE && people.size() < n && rng.nextDouble() < BROTHERS) {
                people.add(brother(community, one));
            }
        }
        return people;
    }

    /** {@code n} adult civilians of both sexes, aged 18 to 75, with no military data. */
    List<TrueIdentity> civilians(int n) {
        List<TrueIdentity> civilians = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            NameData.Community community = side.communities().pick(rng);
            Sex sex = rng.nextDouble() < 0.4 ? Sex.FEMALE : Sex.MALE;
            civilians.add(civilian(community, sex, BirthDates.civilian(rng), community.places().pick(rng)));
        }
        return civilians;
    }

    /** {@code n} children born in {@code places}, both sexes. */
    List<TrueIdentity> children(int n, WeightedChoice<String> places) {
        List<TrueIdentity> children = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            NameData.Community community = side.communities().pick(rng);
            Sex sex = rng.nextBoolean() ? Sex.MALE : Sex.FEMALE;
            children.add(civilian(community, sex, BirthDates.child(rng), BilingualTerm.same(places.pick(rng))));
        }
        return children;
    }

    private TrueIdentity civilian(NameData.Community community, Sex sex, LocalDate birth, BilingualTerm place) {
        return new TrueIdentity(side.language(), sex, community.surnames().pick(rng), given(community, sex),
                community.fatherGiven().pick(rng), birth, place, BilingualTerm.NONE, BilingualTerm.NONE, "");
    }

    private TrueIdentity serviceman(NameData.Community community, Sex sex) {
        return new TrueIdentity(side.language(), sex, community.surnames().pick(rng), given(community, sex),
                community.fatherGiven().pick(rng), BirthDates.soldier(rng), community.places().pick(rng),
                side.units().pick(rng), side.ranks().pick(rng), militaryId());
    }

    private TrueIdentity brother(NameData.Community community, TrueIdentity of) {
        String given = given(community, Sex.MALE);
        for (int tries = 0; given.equals(of.given()) && tries < 20; tries++) {
            given = given(community, Sex.MALE);
        }
        LocalDate birth = BirthDates.sibling(of.birth(), rng);
        return new TrueIdentity(of.language(), Sex.MALE, of.surname(), given, of.father(), birth, of.place(), of.unit(),
                side.ranks().pick(rng), militaryId());
    }

    private String given(NameData.Community community, Sex sex) {
        return (sex == Sex.FEMALE ? community.femaleGiven() : community.maleGiven()).pick(rng);
    }

    private String militaryId() {
        boolean ukrainian = side.language() == Language.UKRAINIAN;
        String series = ukrainian ? UK_SERIES : RU_SERIES;
        char a = series.charAt(rng.nextInt(series.length()));
        char b = series.charAt(rng.nextInt(series.length()));
        String digits = Integer.toString(rng.nextInt(1_000_000));
        return "" + a + b + (ukrainian ? " " : "-") + "0".repeat(6 - digits.length()) + digits;
    }
}
