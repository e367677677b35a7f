package org.repatria.core.handover;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.repatria.core.agreement.Fixtures.RU;
import static org.repatria.core.agreement.Fixtures.UA;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.repatria.core.agreement.Fixtures;
import org.repatria.core.agreement.PersonRef;

class CustodyTest {
    private static final Instant T0 = Instant.parse("2025-06-11T08:00:00Z");
    private static final PersonRef LABEL = Fixtures.body(RU, 1).person();
    private static final PersonRef OTHER = new PersonRef(Fixtures.listOf(UA), "missing-42");

    private static CustodyStep step(CustodyStep.Kind kind, long hours) {
        return new CustodyStep(kind, T0.plusSeconds(3600 * hours), kind == CustodyStep.Kind.HANDED_OVER ? RU : UA,
                "Kyiv region", "");
    }

    private static Custody received() {
        return Custody.open("BT-1", Optional.of(LABEL)).then(step(CustodyStep.Kind.HANDED_OVER, 0))
                .then(step(CustodyStep.Kind.RECEIVED, 1));
    }

    @Test
    void theChainRunsFromHandoverToIdentification() {
        Custody c = received().then(step(CustodyStep.Kind.STORED, 2)).then(step(CustodyStep.Kind.SAMPLED, 30))
                .identify(LABEL, step(CustodyStep.Kind.IDENTIFIED, 700));
        assertThat(c.steps()).extracting(CustodyStep::kind).containsExactly(CustodyStep.Kind.HANDED_OVER,
                CustodyStep.Kind.RECEIVED, CustodyStep.Kind.STORED, CustodyStep.Kind.SAMPLED, CustodyStep.Kind.IDENTIFIED);
        assertThat(c.identifiedAs()).contains(LABEL);
        assertThat(c.mislabelled()).isEmpty();
    }

    @Test
    void aBodyIdentifiedAsSomeoneElseThanItsLabelIsMislabelled() {
        Custody c = received().then(step(CustodyStep.Kind.SAMPLED, 2)).identify(OTHER, step(CustodyStep.Kind.IDENTIFIED, 3));
        assertThat(c.mislabelled()).contains(new Discrepancy.Mislabelled("BT-1", LABEL, OTHER));
    }

    @Test
    void aChainMustStartAtTheHandover() {
        assertThatThrownBy(() -> Custody.open("BT-1", Optional.of(LABEL)).then(step(CustodyStep.Kind.STORED, 0)))
                .isInstanceOf(HandoverException.class)
                .hasMessage("body BT-1: STORED cannot follow the start of the chain; expected one of [HANDED_OVER]");
    }

    @Test
    void aStepCannotGoBackInTime() {
        assertThatThrownBy(() -> received().then(step(CustodyStep.Kind.STORED, 0))).hasMessage("body BT-1: the STORED step at"
                + " 2025-06-11T08:00:00Z is earlier than the RECEIVED step at 2025-06-11T09:00:00Z");
    }

    @Test
    void nothingFollowsAReturn() {
        Custody returned = received().then(step(CustodyStep.Kind.RETURNED, 5));
        assertThatThrownBy(() -> returned.then(step(CustodyStep.Kind.STORED, 6)))
                .hasMessage("body BT-1: STORED cannot follow RETURNED; expected one of []");
    }

    @Test
    void anIdentificationNeedsThePerson() {
        assertThatThrownBy(() -> received().then(step(CustodyStep.Kind.IDENTIFIED, 3)))
                .hasMessageStartingWith("body BT-1: record an identification with identify(person, step)");
    }
}
