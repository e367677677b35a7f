package org.repatria.core.agreement;

import java.time.LocalDate;
import java.time.Period;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.repatria.core.person.PartialDate;
import org.repatria.core.words.Phrase;

/** The rules behind {@link Eligibility#check}: side, category, exemption, health, then age. */
final class EligibilityCheck {
    private EligibilityCheck() {
    }

    static Verdict verdict(Terms terms, Nominee nominee) {
        if (terms instanceof Terms.OneWay one && !one.from().equals(nominee.holder())) {
            return new Verdict.Ineligible(Phrase.WRONG_HOLDER.english(nominee.holder(), one.from()));
        }
        Eligibility e = terms.eligibility();
        if (!e.categories().contains(nominee.category())) {
            return new Verdict.Ineligible(Phrase.WRONG_CATEGORY.english(token(nominee.category()), tokens(e.categories())));
        }
        if (terms.exempt().contains(nominee.health())) {
            return new Verdict.Eligible(true);
        }
        if (!e.health().contains(nominee.health())) {
            return new Verdict.Ineligible(Phrase.WRONG_HEALTH.english(nominee.health().token(),
                    e.health().stream().sorted().map(Health::token).collect(Collectors.joining(" or "))));
        }
        return e.age().map(range -> age(range, nominee.birthDate())).orElse(new Verdict.Eligible(false));
    }

    /** A partial birth date qualifies only when every day it may stand for gives an age in range. */
    private static Verdict age(AgeRange range, PartialDate birth) {
        LocalDate earliest;
        LocalDate latest;
        String precision;
        switch (birth) {
            case PartialDate.Unknown u -> {
                return new Verdict.Undecided(Phrase.NO_BIRTH_DATE.english(range.min(), range.max()));
            }
            case PartialDate.Year y -> {
                earliest = LocalDate.of(y.year(), 1, 1);
                latest = LocalDate.of(y.year(), 12, 31);
                precision = Phrase.YEAR_ONLY.english(y.iso());
            }
            case PartialDate.Month m -> {
                earliest = m.month().atDay(1);
                latest = m.month().atEndOfMonth();
                precision = Phrase.MONTH_ONLY.english(m.iso());
            }
            case PartialDate.Day d -> {
                earliest = d.date();
                latest = d.date();
                precision = "";
            }
        }
        if (earliest.isAfter(range.on())) {
            return new Verdict.Ineligible(Phrase.BORN_AFTER.english(birth.iso(), range.on(), range.min(), range.max()));
        }
        if (latest.isAfter(range.on())) {
            latest = range.on();
        }
        int oldest = Period.between(earliest, range.on()).getYears();
        int youngest = Period.between(latest, range.on()).getYears();
        boolean allIn = youngest >= range.min() && oldest <= range.max();
        boolean noneIn = oldest < range.min() || youngest > range.max();
        String aged = youngest == oldest ? String.valueOf(youngest) : Phrase.EITHER_AGE.english(youngest, oldest);
        if (allIn) {
            return new Verdict.Eligible(false);
        }
        if (noneIn) {
            return new Verdict.Ineligible(Phrase.AGE_OUT.english(aged, range.on(), range.min(), range.max()));
        }
        return new Verdict.Undecided(Phrase.AGE_UNDECIDED.english(precision, aged, range.on(), range.min(), range.max()));
    }

    static String token(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }

    private static String tokens(Set<? extends Enum<?>> values) {
        return values.stream().sorted().map(EligibilityCheck::token).collect(Collectors.joining(" or "));
    }
}
