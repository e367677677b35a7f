package org.repatria.core.scenario;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.repatria.core.person.Sex;
import org.repatria.core.scenario.NameForms.Language;

/** Draws synthetic people of one side: servicemen (a few women medics, some brothers), civilians and children. */
final class People {
    private static final double WOMEN = 0.02;
    private static final double BROTHERS = 0.03;
    private static final String UK_SERIES = "АБВГДЕКМНОПРСТХ";
    private static final String RU_SERIES = "АБВГДЕЖИКЛМНОПРСТУХ";

    private final NameData.Side side;
    private final SplittableRandom rng;

    People(NameData.Side side, SplittableRandom rng) {
        this.side = side;
        this.rng = rng;
    }

    /** {@code n} service members; brothers come in pairs from one family, serving in one unit. */
    List<Identity> servicemen(int n) {
        List<Identity> people = new ArrayList<>(n);
        while (people.size() < n) {
            NameData.Community community = side.communities().pick(rng);
            Identity one = serviceman(community, rng.nextDouble() < WOMEN ? Sex.FEMALE : Sex.MALE);
            people.add(one);
            if (one.sex() == Sex.MALE && people.size() < n && rng.nextDouble() < BROTHERS) {
                people.add(brother(community, one));
            }
        }
        return people;
    }

    /** {@code n} adult civilians of both sexes, aged 18 to 75, with no military data. */
    List<Identity> civilians(int n) {
        List<Identity> civilians = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            NameData.Community community = side.communities().pick(rng);
            Sex sex = rng.nextDouble() < 0.4 ? Sex.FEMALE : Sex.MALE;
            civilians.add(civilian(community, sex, Dates.civilian(rng), community.places().pick(rng)));
        }
        return civilians;
    }

    /** {@code n} children born in {@code places}, both sexes. */
    List<Identity> children(int n, Weighted<String> places) {
        List<Identity> children = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            NameData.Community community = side.communities().pick(rng);
            Sex sex = rng.nextBoolean() ? Sex.MALE : Sex.FEMALE;
            children.add(civilian(community, sex, Dates.child(rng), Term.same(places.pick(rng))));
        }
        return children;
    }

    private Identity civilian(NameData.Community community, Sex sex, LocalDate birth, Term place) {
        return new Identity(side.language(), sex, community.surnames().pick(rng), given(community, sex),
                community.fatherGiven().pick(rng), birth, place, Term.NONE, Term.NONE, "");
    }

    private Identity serviceman(NameData.Community community, Sex sex) {
        return new Identity(side.language(), sex, community.surnames().pick(rng), given(community, sex),
                community.fatherGiven().pick(rng), Dates.soldier(rng), community.places().pick(rng),
                side.units().pick(rng), side.ranks().pick(rng), militaryId());
    }

    private Identity brother(NameData.Community community, Identity of) {
        String given = given(community, Sex.MALE);
        for (int tries = 0; given.equals(of.given()) && tries < 20; tries++) {
            given = given(community, Sex.MALE);
        }
        LocalDate birth = Dates.sibling(of.birth(), rng);
        return new Identity(of.language(), Sex.MALE, of.surname(), given, of.father(), birth, of.place(), of.unit(),
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
