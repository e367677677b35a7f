package org.repatria.match.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiPredicate;
import java.util.function.Predicate;

/**
 * The compared fields and the levels each can agree at, most agreeing first. Level 0 of every field is "missing on
 * one side" (it weighs nothing); a pair's level is the first whose test it passes, so each label stays with its test.
 */
public enum Field {
    SURNAME(p -> p.surname().missing(),
            Level.of("exact", p -> p.surname().sameForm()).byFrequency(),
            // Surname and given name in each other's columns are as good as close on both.
            Level.of("close", p -> p.surname().close() || p.namesSwapped()),
            Level.of("sounds alike", p -> p.surname().similar()),
            Level.of("written as the given name", ProfilePair::oneNameCrossed),
            Level.otherwise("different")),
    GIVEN_NAME(p -> p.givenName().missing(),
            Level.of("exact", p -> p.givenName().sameForm()).byFrequency(),
            Level.of("equivalent form", p -> p.givenName().sameEquivalence()).byFrequency(),
            Level.of("close", p -> p.givenName().close() || p.namesSwapped()),
            Level.of("sounds alike", p -> p.givenName().similar()),
            Level.otherwise("different")),
    PATRONYMIC(p -> p.patronymic().missing(),
            Level.of("exact", p -> p.patronymic().sameForm()),
            Level.of("equivalent form", p -> p.patronymic().sameEquivalence()),
            Level.of("close", p -> p.patronymic().close()),
            Level.of("sounds alike", p -> p.patronymic().similar()),
            Level.otherwise("different")),
    SEX(p -> p.a().sex() == 0 || p.b().sex() == 0,
            Level.of("same", p -> p.a().sex() == p.b().sex()),
            Level.otherwise("different")),
    BIRTH_DATE(p -> p.a().birthDate().isEmpty() || p.b().birthDate().isEmpty(),
            Level.of("exact", dates(Dates::exact)),
            Level.of("near (swap, typo, ±1 year)", dates(Dates::near)),
            Level.of("within a year", dates(Dates::withinAYear)),
            Level.otherwise("different")),
    BIRTH_PLACE(p -> p.birthPlace().missing(),
            Level.of("exact", p -> p.birthPlace().sameForm()),
            Level.of("close", p -> p.birthPlace().similar()),
            Level.otherwise("different")),
    IDENTIFIER(p -> p.a().identifier().isEmpty() || p.b().identifier().isEmpty(),
            Level.of("exact", p -> p.a().identifier().equals(p.b().identifier())),
            Level.of("one character off", p -> Edits.withinOne(p.a().identifier(), p.b().identifier())),
            Level.otherwise("different")),
    UNIT(p -> p.unit().missing(),
            Level.of("exact", p -> p.unit().sameForm()),
            Level.of("close", p -> p.unit().similar()),
            Level.otherwise("different")),
    ADDRESS(p -> p.a().address().missing() || p.b().address().missing(),
            Level.of("exact", p -> Addresses.exact(p.a().address(), p.b().address())),
            Level.of("mostly the same", p -> p.addressShare() >= Addresses.MOSTLY),
            Level.of("partly the same", p -> p.addressShare() >= Addresses.PARTLY),
            Level.otherwise("different"));

    private final List<Level> levels;

    Field(Predicate<ProfilePair> missing, Level... agreeing) {
        List<Level> all = new ArrayList<>(List.of(Level.of("missing", missing)));
        all.addAll(List.of(agreeing));
        this.levels = List.copyOf(all);
    }

    /** The levels, indexed by level number (0 = missing). */
    public List<Level> levels() {
        return levels;
    }

    /** The number of levels including "missing" (level 0). */
    public int levelCount() {
        return levels.size();
    }

    /** What level {@code level} means, for explanations. */
    public String label(int level) {
        return levels.get(level).label();
    }

    /** The level meaning "the values differ" (the last). */
    public int different() {
        return levels.size() - 1;
    }

    /** The level the pair agrees at on this field. */
    int level(ProfilePair pair) {
        return Level.first(levels, pair);
    }

    /** A test on the two birth dates, asked only once neither is missing. */
    private static Predicate<ProfilePair> dates(BiPredicate<PartialDate, PartialDate> test) {
        return p -> test.test(p.a().birthDate().orElseThrow(), p.b().birthDate().orElseThrow());
    }
}
