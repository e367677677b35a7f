package org.repatria.store.exchange;

import java.time.Instant;
import java.util.OptionalInt;
import org.repatria.core.party.PartyId;

/**
 * An agreement's header: its kind (a core agreement kind's name), the two sides, the mediator, when it was opened, and
 * the number of the step whose text was accepted (empty while it is under negotiation).
 */
public record StoredAgreement(String id, String kind, PartyId partyA, PartyId partyB, PartyId mediator, Instant created,
                              OptionalInt acceptedStep) {
    /** Whether {@code party} is one of the two sides. */
    public boolean isSide(PartyId party) {
        return partyA.equals(party) || partyB.equals(party);
    }

    /** The side that is not {@code party}. */
    public PartyId counterpart(PartyId party) {
        return partyA.equals(party) ? partyB : partyA;
    }
}
