package org.repatria.core.tranche;

import java.util.List;
import org.repatria.core.agreement.Agreement;

/**
 * Proposes a deterministic, explained tranche plan for an accepted agreement: the seriously wounded and sick first,
 * every tranche within parity, capacity respected; and re-plans after a handover so that the totals still hold.
 */
public final class Planner {
    private Planner() {
    }

    /**
     * Plans the agreement over the slots, in slot order, leaving out slots after the agreed completion date
     * and before the plan's date, when the terms set one;
     * {@link PlanningException} when the slots cannot carry it.
     */
    public static Plan plan(Agreement agreement, Roster first, Roster second, List<Slot> slots) {
        return Allocation.plan(agreement, first, second, slots);
    }

    /**
     * Re-plans after tranches 1 to {@code handedOverThrough} were handed over with the given drop-outs: each drop-out
     * is removed from its tranche and made good from its side's unused reserves in the earliest later tranche with room.
     */
    public static Plan replan(Agreement agreement, Plan plan, Roster first, Roster second, int handedOverThrough,
                              List<DropOut> dropOuts) {
        return MakeGood.replan(agreement, plan, first, second, handedOverThrough, dropOuts);
    }
}
