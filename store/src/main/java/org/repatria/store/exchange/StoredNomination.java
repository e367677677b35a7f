package org.repatria.store.exchange;

import java.time.Instant;
import java.util.Optional;
import org.repatria.core.agreement.PersonRef;
import org.repatria.core.party.PartyId;

/**
 * A side's nominee: the person, its place in the side's priority order, whether it is a reserve, the health class
 * the side gave, the eligibility verdict with its reason, and the counterparty's request row a confirmed match ties it to.
 */
public record StoredNomination(PartyId party, PersonRef person, int priority, boolean reserve, String health,
                               boolean eligible, String reason, Optional<PersonRef> request, String by, Instant at) {
}
