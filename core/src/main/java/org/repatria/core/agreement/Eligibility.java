package org.repatria.core.agreement;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.repatria.core.person.Category;

/**
 * Who qualifies under an agreement: list categories, states of health, and an optional age range on a date.
 * Nominees whose health the terms exempt from parity qualify whatever their age (GC III art. 109).
 */
public record Eligibility(Set<Category> categories, Set<Health> health, Optional<AgeRange> age) {
    public Eligibility {
        if (categories == null || categories.isEmpty()) {
            throw new AgreementException("eligibility needs at least one category");
        }
        if (health == null || health.isEmpty()) {
            throw new AgreementException("eligibility needs at least one state of health");
        }
        categories = Set.copyOf(EnumSet.copyOf(categories));
        health = Set.copyOf(EnumSet.copyOf(health));
        Objects.requireNonNull(age, "age");
    }

    /** Everyone of the given category, whatever their health and age. */
    public static Eligibility anyoneOf(Category category) {
        return new Eligibility(Set.of(category), EnumSet.allOf(Health.class), Optional.empty());
    }

    /** The same eligibility limited to an age range. */
    public Eligibility aged(AgeRange range) {
        return new Eligibility(categories, health, Optional.of(range));
    }

    /** Checks a nominee against the terms: side, category, health, age; the reason in words when they do not qualify. */
    public static Verdict check(Terms terms, Nominee nominee) {
        return EligibilityCheck.verdict(terms, nominee);
    }
}
