package org.repatria.core.tranche;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.repatria.core.agreement.Agreement;
import org.repatria.core.agreement.PersonRef;
import org.repatria.core.party.PartyId;

/** Validates any plan, including one edited by hand, against the agreement and each slot's capacity. */
public final class PlanCheck {
    private PlanCheck() {
    }

    /** Every problem found, in tranche order then whole-plan problems; empty when the plan keeps the agreement. */
    public static List<Problem> check(Agreement agreement, Plan plan) {
        List<Problem> problems = new ArrayList<>();
        if (!plan.agreement().equals(agreement.id())) {
            problems.add(whole(Optional.empty(), "the plan is for agreement " + plan.agreement() + ", not " + agreement.id()));
            return problems;
        }
        Map<PersonRef, Integer> placedIn = new HashMap<>();
        Tranche previous = null;
        for (Tranche t : plan.tranches()) {
            TrancheCheck.order(t, previous, problems);
            TrancheCheck.deadline(agreement, t, problems);
            TrancheCheck.people(agreement, t, placedIn, problems);
            TrancheCheck.capacity(agreement, t, problems);
            TrancheCheck.parity(agreement, plan, t, problems);
            previous = t;
        }
        Totals.check(agreement, plan, placedIn, problems);
        return problems;
    }

    static Problem at(Tranche t, PartyId side, String message) {
        return new Problem(OptionalInt.of(t.number()), Optional.of(side), "tranche " + t.number() + ", " + side + ": " + message);
    }

    static Problem at(Tranche t, String message) {
        return new Problem(OptionalInt.of(t.number()), Optional.empty(), "tranche " + t.number() + ": " + message);
    }

    static Problem whole(Optional<PartyId> side, String message) {
        return new Problem(OptionalInt.empty(), side, side.map(s -> s + ": ").orElse("") + message);
    }
}
