package org.repatria.core.handover;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.repatria.core.agreement.Fixtures.RU;
import static org.repatria.core.agreement.Fixtures.UA;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.repatria.core.agreement.Fixtures;
import org.repatria.core.agreement.Nominee;
import org.repatria.core.agreement.PersonRef;

class RemainsCountTest {
    private static final Instant T0 = Instant.parse("2025-06-11T08:00:00Z");
    private static final NameComparison NAMES = (a, b) -> a.toLowerCase(Locale.ROOT).equals(b.toLowerCase(Locale.ROOT));
    private static final Nominee B1 = Fixtures.body(RU, 1);
    private static final Nominee B2 = Fixtures.body(RU, 2);

    private static SampleCustody sample(String id, String tag, Optional<PersonRef> as) {
        SampleCustody c = SampleCustody.open(new Sample(id, tag)).then(new SampleStep(SampleStep.Kind.TAKEN, T0, UA, "", "", ""))
                .then(new SampleStep(SampleStep.Kind.TYPED, T0, UA, "", "", "case-1"));
        return as.map(p -> c.identify(p, new SampleStep(SampleStep.Kind.IDENTIFIED, T0, UA, "", "", ""))).orElse(c);
    }

    @Test
    void oneBagIdentifyingTwoPersonsCountsTwoPersonsOneBagTwoSamples() {
        BagContents bag = new BagContents("BT-1", Optional.of(B1.person()), List.of(
                sample("S-1", "BT-1", Optional.of(B1.person())), sample("S-2", "BT-1", Optional.of(B2.person()))));

        assertThat(RemainsCount.of(List.of(bag))).isEqualTo(new RemainsCount(2, 1, 2));
    }

    @Test
    void onePersonFoundInTwoBagsCountsOnce() {
        BagContents a = new BagContents("BT-1", Optional.empty(), List.of(sample("S-1", "BT-1", Optional.of(B1.person()))));
        BagContents b = new BagContents("BT-2", Optional.empty(), List.of(sample("S-2", "BT-2", Optional.of(B1.person()))));

        assertThat(RemainsCount.of(List.of(a, b))).isEqualTo(new RemainsCount(1, 2, 2));
    }

    @Test
    void aBagWithNothingKnownOfWhomItHoldsCountsNoPerson() {
        assertThat(RemainsCount.of(List.of(new BagContents("BT-9", Optional.empty(), List.of()))))
                .isEqualTo(new RemainsCount(0, 1, 0));
    }

    @Test
    void aSampleOfAnotherBagIsRefused() {
        assertThatThrownBy(() -> new BagContents("BT-1", Optional.empty(), List.of(sample("S-1", "BT-2", Optional.empty()))))
                .isInstanceOf(HandoverException.class).hasMessageContaining("taken from bag BT-2, not from bag BT-1");
    }

    @Test
    void atTheScaleOf2025SixThousandSixtyBagsHoldSixThousandFiftySevenPersons() {
        // 6,060 bags; the last three hold parts of persons already counted in other bags (found by their samples).
        java.util.List<BagContents> bags = new java.util.ArrayList<>();
        for (int i = 1; i <= 6060; i++) {
            PersonRef label = Fixtures.body(RU, i).person();
            Optional<PersonRef> as = Optional.of(i > 6057 ? Fixtures.body(RU, i - 6057).person() : label);
            bags.add(new BagContents("BT-" + i, i > 6057 ? Optional.empty() : Optional.of(label),
                    List.of(sample("S-" + i, "BT-" + i, as))));
        }

        assertThat(RemainsCount.of(bags)).isEqualTo(new RemainsCount(6057, 6060, 6060));
    }

    @Test
    void aCountDescribesItselfInOneLine() {
        assertThat(new RemainsCount(6057, 6060, 6075).describe()).isEqualTo("6,057 persons in 6,060 bags, 6,075 samples");
    }

    @Test
    void theReconciliationOfOneBodyInTwoBagsCountsOnePersonTwoBags() {
        Manifest m = new Manifest(Fixtures.bodies(1).id(), 1, RU, UA, List.of(B1));
        Reconciliation r = Reconciliation.of(m, List.of(Presented.body("BT-1", "", "C-7", "W-2"),
                Presented.body("BT-1", "", "C-8", "W-2")), NAMES, List.of());

        assertThat(r.remainsCount(List.of(sample("S-1", "BT-1", Optional.empty())))).isEqualTo(new RemainsCount(1, 2, 1));
    }

    @Test
    void theReconciliationCountsABagOnNoLineAsABagAndItsSamplesIdentifications() {
        Manifest m = new Manifest(Fixtures.bodies(1).id(), 1, RU, UA, List.of(B1));
        Reconciliation r = Reconciliation.of(m, List.of(Presented.body("BT-1", "", "C-1", "W-1"),
                Presented.body("X-7", "", "C-1", "W-1")), NAMES, List.of());

        assertThat(r.remainsCount(List.of(sample("S-7a", "X-7", Optional.of(B2.person())),
                sample("S-7b", "X-7", Optional.of(B1.person()))))).isEqualTo(new RemainsCount(2, 2, 2));
    }
}
