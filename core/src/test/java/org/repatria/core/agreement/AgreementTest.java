package org.repatria.core.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.repatria.core.agreement.Fixtures.DEADLINES;
import static org.repatria.core.agreement.Fixtures.RU;
import static org.repatria.core.agreement.Fixtures.TR;
import static org.repatria.core.agreement.Fixtures.UA;

import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.repatria.core.party.PartyId;
import org.repatria.core.person.Category;

class AgreementTest {
    private static final Terms TERMS = Fixtures.fixed(1, 1).terms();

    @Test
    void theMediatorMustBeAThirdParty() {
        assertThatThrownBy(() -> new Agreement(new AgreementId("a"), AgreementKind.PRISONERS, UA, RU, RU, TERMS, DEADLINES))
                .isInstanceOf(AgreementException.class)
                .hasMessage("agreement a needs two different parties and a third as mediator, got ua, ru and mediator ru");
    }

    @Test
    void theCounterpartOfEachSideIsTheOther() {
        Agreement a = Fixtures.fixed(1, 1);
        assertThat(a.counterpart(UA)).isEqualTo(RU);
        assertThat(a.counterpart(RU)).isEqualTo(UA);
        assertThatThrownBy(() -> a.counterpart(TR)).hasMessage("tr-mfa is not a party to agreement ist-2025-pow (ua, ru)");
    }

    @Test
    void fixedCountsNeedSomeoneFromEachSide() {
        assertThatThrownBy(() -> new Terms.FixedCounts(0, 5, Eligibility.anyoneOf(Category.POW), Set.of()))
                .hasMessage("fixed counts need at least one person from each side, got 0 for 5; use a one-way transfer for a"
                        + " one-sided handover");
    }

    @Test
    void aOneWayCountMustBePositive() {
        assertThatThrownBy(() -> new Terms.OneWay(RU, OptionalInt.of(0), Eligibility.anyoneOf(Category.REMAINS)))
                .hasMessage("a one-way transfer of a count needs at least 1, got 0");
    }

    @Test
    void anAgeRangeMustRunUpwards() {
        assertThatThrownBy(() -> new AgeRange(25, 18, LocalDate.of(2025, 6, 2)))
                .hasMessage("an age range needs 0 <= min <= max <= 150, got 25 to 18");
    }

    @Test
    void deadlinesMustNotEndBeforeTheyStart() {
        assertThatThrownBy(() -> new Deadlines(LocalDate.of(2025, 7, 1), LocalDate.of(2025, 6, 1)))
                .hasMessage("the exchange cannot be completed by 2025-06-01, before the nominations are due on 2025-07-01;"
                        + " give a completion date on or after it");
    }

    @Test
    void eligibilityNeedsACategory() {
        assertThatThrownBy(() -> new Eligibility(Set.of(), Set.of(Health.FIT), Optional.empty()))
                .hasMessage("eligibility needs at least one category");
    }

    @Test
    void anAgreementIdIsShortAscii() {
        assertThatThrownBy(() -> new AgreementId("угода")).hasMessageStartingWith("an agreement id must be 1-64 ASCII letters");
        assertThat(new AgreementId("ist-2025.1").toString()).isEqualTo("ist-2025.1");
    }

    @Test
    void aPersonReferenceNeedsItsRow() {
        assertThatThrownBy(() -> new PersonRef(Fixtures.listOf(new PartyId("ua")), " "))
                .hasMessageStartingWith("a person reference needs the row id within list ");
    }
}
