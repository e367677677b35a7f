package org.repatria.core.tranche;

import java.util.List;
import java.util.Objects;
import org.repatria.core.agreement.Nominee;
import org.repatria.core.party.PartyId;

/** One side's nominees in priority order, and its reserves, used only to make good drop-outs. */
public record Roster(PartyId side, List<Nominee> priority, List<Nominee> reserves) {
    public Roster {
        Objects.requireNonNull(side, "side");
        priority = List.copyOf(priority);
        reserves = List.copyOf(reserves);
    }

    /** A side that nominates no one (the receiving side of a one-way transfer). */
    public static Roster empty(PartyId side) {
        return new Roster(side, List.of(), List.of());
    }
}
