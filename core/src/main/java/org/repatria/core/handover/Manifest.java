package org.repatria.core.handover;

import java.util.List;
import java.util.Objects;
import org.repatria.core.agreement.AgreementId;
import org.repatria.core.agreement.Nominee;
import org.repatria.core.party.PartyId;
import org.repatria.core.tranche.Tranche;

/** Who one side is to hand over to the other in one tranche, in the plan's order. */
public record Manifest(AgreementId agreement, int tranche, PartyId from, PartyId to, List<Nominee> people) {
    public Manifest {
        Objects.requireNonNull(agreement, "agreement");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        people = List.copyOf(people);
    }

    /** The manifest of the persons {@code from} hands over to {@code to} in the tranche. */
    public static Manifest of(AgreementId agreement, Tranche tranche, PartyId from, PartyId to) {
        return new Manifest(agreement, tranche.number(), from, to, tranche.nomineesFrom(from));
    }
}
