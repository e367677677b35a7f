package org.repatria.core.tranche;

import java.util.List;
import java.util.Objects;
import org.repatria.core.agreement.Nominee;
import org.repatria.core.party.PartyId;

/**
 * One crossing of the exchange: its number (from 1), slot, who goes from each side, and the explanation of its size
 * in plain lines.
 */
public record Tranche(int number, Slot slot, List<Placement> placements, List<String> explanation) {
    public Tranche {
        if (number < 1) {
            throw new PlanningException("tranches are numbered from 1, got " + number);
        }
        Objects.requireNonNull(slot, "slot");
        placements = List.copyOf(placements);
        explanation = List.copyOf(explanation);
    }

    /** The placements of persons handed over by {@code side}, in order. */
    public List<Placement> from(PartyId side) {
        return placements.stream().filter(p -> p.nominee().holder().equals(side)).toList();
    }

    /** The persons handed over by {@code side}, in order. */
    public List<Nominee> nomineesFrom(PartyId side) {
        return from(side).stream().map(Placement::nominee).toList();
    }

    /** How many persons {@code side} hands over on the given basis. */
    public int count(PartyId side, Basis basis) {
        return (int) placements.stream().filter(p -> p.basis() == basis && p.nominee().holder().equals(side)).count();
    }
}
