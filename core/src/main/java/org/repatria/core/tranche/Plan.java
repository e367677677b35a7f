package org.repatria.core.tranche;

import java.util.List;
import java.util.Objects;
import org.repatria.core.agreement.AgreementId;

/**
 * A tranche plan for one agreement: the tranches in order, the nominees left out with reasons, and the drop-outs so
 * far that the plan's make-good placements answer.
 */
public record Plan(AgreementId agreement, List<Tranche> tranches, List<Unplaced> unplaced, List<DropOut> dropOuts) {
    public Plan {
        Objects.requireNonNull(agreement, "agreement");
        tranches = List.copyOf(tranches);
        unplaced = List.copyOf(unplaced);
        dropOuts = List.copyOf(dropOuts);
    }

    /** The tranche with the given number; {@link PlanningException} when the plan has none such. */
    public Tranche tranche(int number) {
        return tranches.stream().filter(t -> t.number() == number).findFirst()
                .orElseThrow(() -> new PlanningException("plan for " + agreement + " has no tranche " + number
                        + "; it has " + tranches.size()));
    }
}
