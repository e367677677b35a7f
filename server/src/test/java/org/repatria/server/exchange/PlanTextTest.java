package org.repatria.server.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.repatria.core.tranche.Placement;
import org.repatria.core.tranche.Plan;
import org.repatria.core.tranche.PlanText;
import org.repatria.server.RunningServer;

/** The plan text both sides sign is core's canonical plan text: one format, rendered and read by core alone. */
class PlanTextTest {
    @RegisterExtension
    static final RunningServer running = new RunningServer(30);

    @Test
    void theTextBothSidesSignIsCoresCanonicalPlanTextNamingEveryPlacedPerson() {
        FiveForFive.Planned planned = FiveForFive.planned(running);
        byte[] text = planned.ua().client.get(FiveForFive.AGREEMENT + "/plans/1/text").body().getBytes(StandardCharsets.UTF_8);

        Plan plan = PlanText.parse(text);
        assertThat(PlanText.render(plan)).isEqualTo(text);
        assertThat(plan.agreement().value()).isEqualTo(FiveForFive.ID);
        assertThat(plan.tranches()).singleElement().satisfies(t -> assertThat(t.placements()).hasSize(10)
                .allSatisfy(p -> assertThat(p.nominee().displayName()).isNotBlank())
                .extracting(Placement::nominee).extracting(n -> n.holder().value()).containsOnly("ua", "ru"));
    }
}
