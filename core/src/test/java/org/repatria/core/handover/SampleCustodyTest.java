package org.repatria.core.handover;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.repatria.core.agreement.Fixtures.RU;
import static org.repatria.core.agreement.Fixtures.UA;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.repatria.core.agreement.Fixtures;
import org.repatria.core.agreement.PersonRef;

class SampleCustodyTest {
    private static final Instant T0 = Instant.parse("2025-06-11T08:00:00Z");
    private static final PersonRef PERSON = Fixtures.body(RU, 1).person();

    private static SampleStep step(SampleStep.Kind kind, long hours) {
        return new SampleStep(kind, T0.plusSeconds(3600 * hours), UA, "Kyiv morgue", "",
                kind == SampleStep.Kind.TYPED ? "case-1" : "");
    }

    private static SampleCustody taken() {
        return SampleCustody.open(new Sample("S-1", "BT-1")).then(step(SampleStep.Kind.TAKEN, 0));
    }

    @Test
    void aSampleRunsFromItsBagThroughTheLaboratoryToIdentification() {
        SampleCustody c = taken().then(step(SampleStep.Kind.SENT, 1)).then(step(SampleStep.Kind.TYPED, 2))
                .identify(PERSON, step(SampleStep.Kind.IDENTIFIED, 3));

        assertThat(c.steps()).extracting(SampleStep::kind).containsExactly(SampleStep.Kind.TAKEN, SampleStep.Kind.SENT,
                SampleStep.Kind.TYPED, SampleStep.Kind.IDENTIFIED);
        assertThat(c.identifiedAs()).contains(PERSON);
        assertThat(c.typedIn()).contains("case-1");
    }

    @Test
    void anUntypedSampleCannotBeIdentified() {
        assertThatThrownBy(() -> taken().identify(PERSON, step(SampleStep.Kind.IDENTIFIED, 1)))
                .isInstanceOf(HandoverException.class).hasMessageContaining("IDENTIFIED cannot follow TAKEN");
    }

    @Test
    void anIdentifiedSamplesChainIsClosed() {
        SampleCustody c = taken().then(step(SampleStep.Kind.TYPED, 1)).identify(PERSON, step(SampleStep.Kind.IDENTIFIED, 2));

        assertThatThrownBy(() -> c.then(step(SampleStep.Kind.TYPED, 3))).isInstanceOf(HandoverException.class)
                .hasMessageContaining("the chain is closed");
    }

    @Test
    void aChainStartsWithTheTaking() {
        assertThatThrownBy(() -> SampleCustody.open(new Sample("S-1", "BT-1")).then(step(SampleStep.Kind.SENT, 0)))
                .isInstanceOf(HandoverException.class).hasMessageContaining("expected one of [TAKEN]");
    }

    @Test
    void aTypingNamesItsCase() {
        assertThatThrownBy(() -> new SampleStep(SampleStep.Kind.TYPED, T0, UA, "", "", " "))
                .isInstanceOf(HandoverException.class).hasMessageContaining("DNA case");
    }

    @Test
    void anEmptySampleIdIsRefused() {
        assertThatThrownBy(() -> new Sample("  ", "BT-1")).isInstanceOf(HandoverException.class)
                .hasMessageContaining("sample id: is empty");
    }

    @Test
    void aSampleIdOverTheLimitIsRefusedNamingTheLimit() {
        assertThatThrownBy(() -> new Sample("S".repeat(65), "BT-1")).isInstanceOf(HandoverException.class)
                .hasMessage("sample id: 65 characters, the limit is 64");
    }

    @Test
    void aSampleIdWithASpaceIsRefused() {
        assertThatThrownBy(() -> new Sample("S 1", "BT-1")).isInstanceOf(HandoverException.class)
                .hasMessageContaining("holds a space");
    }
}
