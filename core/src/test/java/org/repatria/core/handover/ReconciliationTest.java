package org.repatria.core.handover;

import static org.assertj.core.api.Assertions.assertThat;
import static org.repatria.core.agreement.Fixtures.RU;
import static org.repatria.core.agreement.Fixtures.UA;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.repatria.core.agreement.AgreementId;
import org.repatria.core.agreement.Fixtures;
import org.repatria.core.agreement.Health;
import org.repatria.core.agreement.Nominee;

class ReconciliationTest {
    private static final AgreementId ID = Fixtures.fixed(3, 3).id();
    /** Names compared case-insensitively, as a stand-in for the matcher the server passes. */
    private static final NameComparison NAMES = (a, b) -> a.toLowerCase(Locale.ROOT).equals(b.toLowerCase(Locale.ROOT));

    private static final Nominee P1 = Fixtures.prisoner(RU, 1, Health.FIT);
    private static final Nominee P2 = Fixtures.prisoner(RU, 2, Health.FIT);
    private static final Nominee P3 = Fixtures.prisoner(RU, 3, Health.FIT);
    private static final Manifest PRISONERS = new Manifest(ID, 2, RU, UA, List.of(P1, P2, P3));

    private static Presented as(Nominee n) {
        return Presented.person(n.serviceNumber(), n.displayName(), Interview.CONSENTS);
    }

    private static Reconciliation of(Manifest m, List<Presented> presented, List<Delivered> earlier) {
        return Reconciliation.of(m, presented, NAMES, earlier);
    }

    @Test
    void everyoneOnTheManifestPresentedCrossesWithoutDiscrepancy() {
        Reconciliation r = of(PRISONERS, List.of(as(P1), as(P2), as(P3)), List.of());
        assertThat(r.crossed()).extracting(Crossed::nominee).containsExactly(P1, P2, P3);
        assertThat(r.crossed()).extracting(Crossed::matchedBy).containsOnly(MatchedBy.SERVICE_NUMBER);
        assertThat(r.discrepancies()).isEmpty();
    }

    @Test
    void withoutAServiceNumberTheNameDecides() {
        Reconciliation r = of(PRISONERS, List.of(as(P1), as(P2), Presented.person("", "PRISONER RU 3", Interview.CONSENTS)), List.of());
        assertThat(r.crossed().getLast().matchedBy()).isEqualTo(MatchedBy.NAME);
        assertThat(r.discrepancies()).isEmpty();
    }

    @Test
    void aRefusalAfterTheInterviewIsRecordedAndTheyDoNotCross() {
        Presented refusing = Presented.person(P2.serviceNumber(), P2.displayName(), Interview.REFUSES);
        Reconciliation r = of(PRISONERS, List.of(as(P1), refusing, as(P3)), List.of());
        assertThat(r.crossed()).extracting(Crossed::nominee).containsExactly(P1, P3);
        assertThat(r.discrepancies()).containsExactly(new Discrepancy.Refused(P2, refusing));
    }

    @Test
    void someoneNotPresentedIsAbsent() {
        assertThat(of(PRISONERS, List.of(as(P1), as(P3)), List.of()).discrepancies()).containsExactly(new Discrepancy.Absent(P2));
    }

    @Test
    void someoneNotListedIsNotOnTheManifest() {
        Presented stranger = Presented.person("RU-99", "Stranger", Interview.CONSENTS);
        assertThat(of(PRISONERS, List.of(as(P1), as(P2), as(P3), stranger), List.of()).discrepancies())
                .containsExactly(new Discrepancy.NotOnManifest(stranger));
    }

    @Test
    void anotherPersonUnderAListedServiceNumberIsASubstitution() {
        Presented other = Presented.person(P2.serviceNumber(), "Somebody Else", Interview.CONSENTS);
        Reconciliation r = of(PRISONERS, List.of(as(P1), other, as(P3)), List.of());
        assertThat(r.discrepancies()).containsExactly(new Discrepancy.Substitution(P2, other));
        assertThat(r.crossed()).hasSize(2);
    }

    @Test
    void someoneHandedOverInAnEarlierTrancheIsASecondHandover() {
        Nominee earlier = Fixtures.prisoner(RU, 7, Health.FIT);
        Reconciliation r = of(PRISONERS, List.of(as(P1), as(P2), as(P3), as(earlier)), List.of(new Delivered(earlier, 1)));
        assertThat(r.discrepancies()).containsExactly(new Discrepancy.SecondHandover(earlier, as(earlier), 1));
    }

    @Test
    void theSamePersonPresentedTwiceInATrancheIsASecondHandover() {
        Reconciliation r = of(PRISONERS, List.of(as(P1), as(P2), as(P3), as(P1)), List.of());
        assertThat(r.discrepancies()).containsExactly(new Discrepancy.SecondHandover(P1, as(P1), 2));
        assertThat(r.crossed()).hasSize(3);
    }

    @Test
    void oneBodyInTwoBagsCrossesOnceAndIsRecordedAsSplit() {
        Nominee body = Fixtures.body(RU, 1);
        Manifest m = new Manifest(Fixtures.bodies(1).id(), 1, RU, UA, List.of(body));
        Presented a = Presented.body("BT-1", "", "C-7", "W-2");
        Presented b = Presented.body("BT-1", "", "C-8", "W-2");
        Reconciliation r = of(m, List.of(a, b), List.of());
        assertThat(r.crossed()).singleElement().extracting(Crossed::presented).isEqualTo(List.of(a, b));
        assertThat(r.discrepancies()).containsExactly(new Discrepancy.SplitRemains(body, List.of(a, b), List.of()));
    }

    @Test
    void aFurtherPartOfABodyDeliveredEarlierIsSplitAcrossTranches() {
        Nominee body = Fixtures.body(RU, 1);
        Manifest m = new Manifest(Fixtures.bodies(1).id(), 2, RU, UA, List.of(Fixtures.body(RU, 2)));
        Presented part = Presented.body("BT-1", "", "C-1", "W-1");
        Reconciliation r = of(m, List.of(Presented.body("BT-2", "", "C-1", "W-1"), part), List.of(new Delivered(body, 1)));
        assertThat(r.discrepancies()).containsExactly(new Discrepancy.SplitRemains(body, List.of(part), List.of(1)));
    }

    @Test
    void remainsOfTheHandingOverSidesOwnForcesAreSetApartForReturn() {
        Manifest m = new Manifest(Fixtures.bodies(1).id(), 1, RU, UA, List.of(Fixtures.body(RU, 1)));
        Presented own = Presented.body("BT-1", "", "C-1", "W-1").ofForces(RU);
        Reconciliation r = of(m, List.of(own), List.of());
        assertThat(r.discrepancies()).containsExactly(new Discrepancy.ForeignRemains(own, RU), new Discrepancy.Absent(Fixtures.body(RU, 1)));
    }

    @Test
    void remainsOfTheReceiversOwnForcesAreWhatIsExpected() {
        Manifest m = new Manifest(Fixtures.bodies(1).id(), 1, RU, UA, List.of(Fixtures.body(RU, 1)));
        Reconciliation r = of(m, List.of(Presented.body("BT-1", "", "C-1", "W-1").ofForces(UA)), List.of());
        assertThat(r.discrepancies()).isEmpty();
        assertThat(r.crossed()).hasSize(1);
    }

    @Test
    void discrepanciesDescribeThemselvesInOneEnglishLine() {
        assertThat(new Discrepancy.Absent(P2).describe()).isEqualTo("On the manifest but absent: Prisoner ru 2 | RU-2 | "
                + P2.person());
    }
}
