package org.repatria.core.count;

import org.repatria.core.party.PartyId;

/**
 * Where counts of a tranche part: at stage {@code stage} side {@code side} counted {@code measure} ("persons", "bags",
 * "samples") as {@code stated}, against {@code earlier} at stage {@code against}.
 */
public record Difference(int tranche, Stage stage, PartyId side, String measure, Stage against, int earlier, int stated) {

    /** The count at {@code stage} less the earlier one (negative when fewer were counted). */
    public int delta() {
        return stated - earlier;
    }
}
