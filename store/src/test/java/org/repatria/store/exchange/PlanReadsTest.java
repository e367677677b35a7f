package org.repatria.store.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.repatria.store.OnEveryEngine;
import org.repatria.store.People;

/** One plan read alone, by number or as the plan in force (the latest accepted), as every exchange step reads it. */
class PlanReadsTest extends OnEveryEngine {
    private static final String ID = "a1";
    private Exchanges x;

    @BeforeEach
    void agreement() {
        People.addParties(store());
        x = store().exchanges();
        x.open(new StoredAgreement(ID, "PRISONERS", People.UA, People.RU, People.ICRC, People.T0, OptionalInt.empty()),
                new AgreementStep(1, AgreementStep.Kind.PROPOSAL, People.UA, "e1", "text", "desk", People.T0));
    }

    private int plan(String text) {
        return x.addPlan(ID, new StoredPlan(0, text, Optional.empty(), "tr", People.T0), List.of());
    }

    @Test
    void aPlanIsReadByItsNumberAsStored() {
        plan("first");
        int second = plan("second");

        assertThat(x.plan(ID, second)).hasValueSatisfying(p -> assertThat(p.text()).isEqualTo("second"))
                .isEqualTo(x.plans(ID).stream().filter(p -> p.number() == second).findFirst());
        assertThat(x.plan(ID, 3)).isEmpty();
        assertThat(x.plan("no-such-agreement", second)).isEmpty();
    }

    @Test
    void thePlanInForceIsTheLatestAcceptedNotTheLatestProposed() {
        int first = plan("first");
        int second = plan("second");
        plan("third, not accepted");
        assertThat(x.planInForce(ID)).isEmpty();

        x.acceptPlan(ID, first, "env-1", List.of());
        x.acceptPlan(ID, second, "env-2", List.of());

        assertThat(x.planInForce(ID)).hasValueSatisfying(p -> {
            assertThat(p.number()).isEqualTo(second);
            assertThat(p.envelopeId()).contains("env-2");
        });
    }
}
