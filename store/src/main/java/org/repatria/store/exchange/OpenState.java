package org.repatria.store.exchange;

import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import org.repatria.core.party.PartyId;

/**
 * Where an agreement stands, read by state for the desks' work lists (issue 17): the sides that nominated anyone, the
 * latest plan's number and whether it is in force, the tranches something was recorded for at the crossing, and the
 * signatures by subject ("plan 2", "act 1"), each a party and its document's envelope id, in signing order.
 */
public record OpenState(String agreementId, Set<PartyId> nominated, OptionalInt latestPlan, boolean latestInForce,
                        List<Integer> recordedTranches, Map<String, List<Signed>> signatures) {

    /** A side of an agreement (to say which sides are known to have nominated already: nominations are never taken back). */
    public record Side(String agreementId, PartyId party) {
    }

    /** One side's signature on a subject: the party and the envelope id of its signed document. */
    public record Signed(PartyId party, String envelopeId) {
    }

    public OpenState {
        nominated = Set.copyOf(nominated);
        recordedTranches = List.copyOf(recordedTranches);
        signatures = Map.copyOf(signatures);
    }
}
