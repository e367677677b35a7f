package org.repatria.core.tranche;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.repatria.core.agreement.Agreement;
import org.repatria.core.agreement.PersonRef;
import org.repatria.core.agreement.Terms;
import org.repatria.core.party.PartyId;

/** The whole-plan checks: each side's total against the terms, and make-good placements against the drop-outs. */
final class Totals {
    private Totals() {
    }

    static void check(Agreement agreement, Plan plan, Map<PersonRef, Integer> placedIn, List<Problem> problems) {
        for (DropOut d : plan.dropOuts()) {
            Integer still = placedIn.get(d.nominee().person());
            if (still != null) {
                problems.add(PlanCheck.whole(Optional.of(d.nominee().holder()), d.nominee().person() + " dropped out of tranche "
                        + d.tranche() + " (" + MakeGood.words(d.reason()) + ") but is still placed in tranche " + still));
            }
        }
        for (PartyId side : List.of(agreement.first(), agreement.second())) {
            long regular = count(plan, side, Basis.REGULAR);
            long makeGood = count(plan, side, Basis.MAKE_GOOD);
            OptionalInt target = target(agreement.terms(), side, agreement.first());
            if (target.isPresent() && regular + makeGood != target.getAsInt()) {
                problems.add(PlanCheck.whole(Optional.of(side), "hands over " + (regular + makeGood) + " counted persons ("
                        + regular + " regular, " + makeGood + " making good drop-outs), but the agreement asks "
                        + target.getAsInt()));
            }
            if (target.isEmpty() && makeGood > 0) {
                problems.add(PlanCheck.whole(Optional.of(side), makeGood + " persons are placed to make good drop-outs, but"
                        + " the terms fix no number to make good"));
            }
        }
    }

    private static OptionalInt target(Terms terms, PartyId side, PartyId first) {
        return switch (terms) {
            case Terms.FixedCounts f -> OptionalInt.of(side.equals(first) ? f.first() : f.second());
            case Terms.AllForAll x -> OptionalInt.empty();
            case Terms.OneWay o -> o.from().equals(side) ? o.count() : OptionalInt.of(0);
        };
    }

    private static long count(Plan plan, PartyId side, Basis basis) {
        return plan.tranches().stream().mapToLong(t -> t.count(side, basis)).sum();
    }
}
