package org.repatria.store.exchange;

import java.time.Instant;
import org.repatria.core.agreement.PersonRef;
import org.repatria.core.party.PartyId;

/**
 * One lifecycle move of a person: from which state (for the first, the state before the agreement knew the person) to which, who made it for which party, when,
 * and why. Moves are only ever appended.
 */
public record StoredMove(PersonRef person, String from, String to, String by, PartyId party, Instant at, String reason) {
}
