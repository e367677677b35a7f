package org.repatria.demo;

import java.time.LocalDate;
import java.util.SplittableRandom;

/** Birth dates for the synthetic people, relative to the day of the Istanbul talks. */
final class BirthDates {
    /** The day the scenario is set on: the Istanbul round of 2 June 2025. */
    static final LocalDate TALKS = LocalDate.of(2025, 6, 2);
    private static final LocalDate OLDEST_SOLDIER = LocalDate.of(1970, 1, 1);
    private static final LocalDate YOUNGEST_SOLDIER = LocalDate.of(2006, 12, 31);
    private static final LocalDate OLDEST_CHILD = TALKS.minusYears(18).plusDays(1);

    private BirthDates() {
    }

    /** 1970-2006, most of them born around the late 1980s and the 1990s. */
    static LocalDate soldier(SplittableRandom rng) {
        double u = rng.nextDouble() < 0.75 ? (rng.nextDouble() + rng.nextDouble()) / 2 : rng.nextDouble();
        return between(OLDEST_SOLDIER, YOUNGEST_SOLDIER, u);
    }

    /** A sibling of someone born on {@code other}: one to eight years apart, still within the soldiers' range. */
    static LocalDate sibling(LocalDate other, SplittableRandom rng) {
        LocalDate d = other.plusDays((rng.nextBoolean() ? 1 : -1) * rng.nextLong(365, 8 * 365));
        return d.isBefore(OLDEST_SOLDIER) || d.isAfter(YOUNGEST_SOLDIER) ? soldier(rng) : d;
    }

    /** Aged 18 to 75 on the day of the talks. */
    static LocalDate civilian(SplittableRandom rng) {
        return between(TALKS.minusYears(75), TALKS.minusYears(18), rng.nextDouble());
    }

    /** Aged 0 to 17 on the day of the talks; few under two, as most were taken in 2022-2023. */
    static LocalDate child(SplittableRandom rng) {
        LocalDate youngest = rng.nextDouble() < 0.92 ? TALKS.minusYears(2) : TALKS;
        LocalDate born = between(OLDEST_CHILD, youngest, rng.nextDouble());
        // Every child was taken before the talks, so none is born on their day (seed 5 drew one).
        return born.isBefore(TALKS) ? born : TALKS.minusDays(1);
    }

    private static LocalDate between(LocalDate from, LocalDate to, double u) {
        long span = to.toEpochDay() - from.toEpochDay();
        return LocalDate.ofEpochDay(from.toEpochDay() + Math.min(span, (long) (u * (span + 1))));
    }
}
