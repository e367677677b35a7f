package org.repatria.store.exchange;

import java.time.Instant;
import java.util.Optional;
import org.repatria.core.agreement.PersonRef;
import org.repatria.core.party.PartyId;

/**
 * What the crossing saw of one person or body in a tranche: who recorded it, the manifest's person when it was one,
 * what was presented (service number, body tag or name), the outcome and a note.
 */
public record HandoverCheck(int tranche, PartyId party, Optional<PersonRef> person, String presented, String outcome,
                           String note, String by, Instant at) {
}
