package org.repatria.core.tranche;

import static org.assertj.core.api.Assertions.assertThat;
import static org.repatria.core.agreement.Fixtures.RU;
import static org.repatria.core.agreement.Fixtures.UA;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.repatria.core.agreement.Agreement;
import org.repatria.core.agreement.Fixtures;
import org.repatria.core.agreement.Health;
import org.repatria.core.agreement.Nominee;
import org.repatria.core.party.PartyId;

/** Random agreements, nominees and slots: whatever the planner proposes, the independent check accepts. */
class PlannerPropertyTest {
    private static final long SEED = 20250602L;

    /** {@code counted} fit or wounded nominees with a few seriously wounded (exempt) among them. */
    private static List<Nominee> nominees(PartyId side, int counted, SplittableRandom rng) {
        List<Nominee> out = new ArrayList<>();
        int row = 1;
        for (int i = 0; i < counted; i++) {
            if (rng.nextInt(20) == 0) {
                out.add(Fixtures.prisoner(side, row++, Health.SERIOUSLY_WOUNDED_OR_SICK));
            }
            out.add(Fixtures.prisoner(side, row++, rng.nextInt(5) == 0 ? Health.WOUNDED : Health.FIT));
        }
        return out;
    }

    @Test
    void everyPlanThePlannerMakesPassesTheCheck() {
        SplittableRandom rng = new SplittableRandom(SEED);
        for (int round = 0; round < 200; round++) {
            int n = 1 + rng.nextInt(300);
            int m = 1 + rng.nextInt(300);
            Agreement agreement = Fixtures.fixed(n, m);
            List<Nominee> ua = nominees(UA, n + rng.nextInt(40), rng);
            List<Nominee> ru = nominees(RU, m + rng.nextInt(40), rng);
            List<Slot> slots = new ArrayList<>();
            for (int s = 0; s < 40; s++) {
                slots.add(new Slot(LocalDate.of(2025, 6, 9).plusDays(s / 2), "border",
                        Capacity.people(5 + rng.nextInt(200), rng.nextInt(10))));
            }
            Plan plan = Planner.plan(agreement, new Roster(UA, ua, List.of()), new Roster(RU, ru, List.of()), slots);
            assertThat(PlanCheck.check(agreement, plan)).as("seed %d round %d: %d for %d", SEED, round, n, m).isEmpty();
        }
    }
}
