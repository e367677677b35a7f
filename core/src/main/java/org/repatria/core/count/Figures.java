package org.repatria.core.count;

import java.util.OptionalInt;

/**
 * Persons, bags and, where the data has them, samples (empty until bags hold several samples): what one count says,
 * or a running total of counts. Never negative.
 */
public record Figures(int persons, int bags, OptionalInt samples) {
    /** No persons, bags or samples; the start of a running total. */
    public static final Figures ZERO = new Figures(0, 0, OptionalInt.empty());

    public Figures {
        if (persons < 0 || bags < 0 || samples.orElse(0) < 0) {
            throw new CountException("figures", "a count is never negative: persons " + persons + ", bags " + bags);
        }
    }

    /** The sum of both; samples only where both state them (or one is the empty start). */
    public Figures plus(Figures other) {
        OptionalInt s;
        if (this.equals(ZERO)) {
            s = other.samples;
        } else {
            s = samples.isPresent() && other.samples.isPresent()
                    ? OptionalInt.of(samples.getAsInt() + other.samples.getAsInt()) : OptionalInt.empty();
        }
        return new Figures(persons + other.persons, bags + other.bags, s);
    }
}
