package org.repatria.core.tranche;

import java.util.List;
import org.repatria.core.agreement.Agreement;

/** Validates any plan, including one edited by hand, against the agreement and each slot's capacity. */
public final class PlanCheck {
    private PlanCheck() {
    }

    /** Every problem found, in tranche order; empty when the plan keeps the agreement. */
    public static List<Problem> check(Agreement agreement, Plan plan) {
        throw new UnsupportedOperationException("plan check not written yet");
    }
}
