package org.repatria.core.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.repatria.core.agreement.Fixtures.RU;
import static org.repatria.core.agreement.Fixtures.UA;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.repatria.core.person.Category;
import org.repatria.core.person.PartialDate;

class EligibilityTest {
    private static final Terms YOUNG = Fixtures.allForAll().terms();

    private static Verdict bornOn(PartialDate birth) {
        return Eligibility.check(YOUNG, Fixtures.born(birth));
    }

    @Test
    void seventeenYearOldIsRefusedWithHisAgeAndTheRange() {
        Verdict v = bornOn(new PartialDate.Day(LocalDate.of(2007, 6, 3)));
        assertThat(v).isInstanceOf(Verdict.Ineligible.class);
        assertThat(v.reason()).isEqualTo("aged 17 on 2025-06-02; the terms ask 18 to 25");
    }

    @Test
    void eighteenthBirthdayOnTheDayCounts() {
        assertThat(bornOn(new PartialDate.Day(LocalDate.of(2007, 6, 2)))).isEqualTo(new Verdict.Eligible(false));
    }

    @Test
    void lastDayAgedTwentyFiveStillCounts() {
        assertThat(bornOn(new PartialDate.Day(LocalDate.of(1999, 6, 3))).eligible()).isTrue();
        assertThat(bornOn(new PartialDate.Day(LocalDate.of(1999, 6, 2))).reason())
                .isEqualTo("aged 26 on 2025-06-02; the terms ask 18 to 25");
    }

    @Test
    void yearOnlyIsEligibleWhenEveryDayOfTheYearIsInRange() {
        assertThat(bornOn(new PartialDate.Year(2003)).eligible()).isTrue();
    }

    @Test
    void yearOnlyThatStraddlesTheRangeCannotBeDecided() {
        Verdict v = bornOn(new PartialDate.Year(1999));
        assertThat(v).isInstanceOf(Verdict.Undecided.class);
        assertThat(v.reason()).isEqualTo(
                "cannot be decided: birth date is year only (1999), aged 25 or 26 on 2025-06-02; the terms ask 18 to 25");
    }

    @Test
    void yearOnlyWhollyOutsideTheRangeIsIneligible() {
        assertThat(bornOn(new PartialDate.Year(1980)).reason()).isEqualTo("aged 44 or 45 on 2025-06-02; the terms ask 18 to 25");
    }

    @Test
    void monthOnlyInsideTheRangeIsEligible() {
        assertThat(bornOn(new PartialDate.Month(YearMonth.of(2007, 5))).eligible()).isTrue();
    }

    @Test
    void monthOnlyContainingTheBirthdayCannotBeDecided() {
        assertThat(bornOn(new PartialDate.Month(YearMonth.of(2007, 6)))).isInstanceOf(Verdict.Undecided.class);
    }

    @Test
    void unknownBirthDateCannotBeDecided() {
        assertThat(bornOn(PartialDate.unknown()).reason()).isEqualTo("cannot be decided: no birth date; the terms ask 18 to 25");
    }

    @Test
    void seriouslyWoundedQualifiesWhateverTheAgeAndIsExemptFromParity() {
        Nominee old = Fixtures.prisoner(UA, 7, Health.SERIOUSLY_WOUNDED_OR_SICK);
        Nominee oldAndUnknown = new Nominee(old.person(), old.holder(), old.category(), PartialDate.unknown(),
                old.health(), "", "", "");
        assertThat(Eligibility.check(YOUNG, oldAndUnknown)).isEqualTo(new Verdict.Eligible(true));
    }

    @Test
    void wrongCategoryIsRefusedNamingBoth() {
        Verdict v = Eligibility.check(Fixtures.fixed(10, 10).terms(), Fixtures.body(RU, 1));
        assertThat(v.reason()).isEqualTo("category remains; the terms ask pow");
    }

    @Test
    void healthOutsideTheTermsIsRefusedNamingWhatIsAsked() {
        Terms woundedOnly = new Terms.AllForAll(new Eligibility(Set.of(Category.POW),
                Set.of(Health.WOUNDED), Optional.empty()), Set.of());
        assertThat(Eligibility.check(woundedOnly, Fixtures.prisoner(UA, 1, Health.FIT)).reason())
                .isEqualTo("state of health fit; the terms ask wounded");
    }

    @Test
    void oneWayTransferRefusesTheOtherSidesNominees() {
        Verdict v = Eligibility.check(Fixtures.bodies(6000).terms(), Fixtures.body(UA, 1));
        assertThat(v.reason()).isEqualTo("held by ua; the terms transfer only from ru");
    }
}
