package org.repatria.store.exchange;

import java.time.Instant;
import java.util.Optional;
import org.repatria.core.agreement.PersonRef;
import org.repatria.core.party.PartyId;

/**
 * One step in the chain of custody of a body bag after it was received: its number in the bag's chain (from 1), the
 * kind (a core custody step kind's name), the party, where, a note, and whom it was identified as (identification only).
 */
public record CustodyRecord(String bodyTag, int number, String kind, PartyId party, String where, String note,
                            Optional<PersonRef> identifiedAs, String by, Instant at) {
}
