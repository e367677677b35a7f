package org.repatria.core.deadline;

import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.repatria.core.party.PartyId;

/**
 * What an agreement's record says is done, each with the day it was done: the sides that nominated (their first
 * nomination), the plan in force (the day it was completed), the plan in force's tranches with their dates, and the
 * tranches crossed (their acts signed by both sides).
 */
public record Progress(Map<PartyId, LocalDate> nominated, Optional<LocalDate> planInForce,
                       SortedMap<Integer, LocalDate> tranches, Map<Integer, LocalDate> crossed) {
    public Progress {
        nominated = Map.copyOf(nominated);
        Objects.requireNonNull(planInForce, "planInForce");
        tranches = new TreeMap<>(tranches);
        crossed = Map.copyOf(crossed);
    }

    /** Nothing done yet: an agreement just accepted. */
    public static Progress none() {
        return new Progress(Map.of(), Optional.empty(), new TreeMap<>(), Map.of());
    }
}
