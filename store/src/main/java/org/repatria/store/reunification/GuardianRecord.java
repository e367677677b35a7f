package org.repatria.store.reunification;

import java.time.Instant;
import org.repatria.core.agreement.PersonRef;
import org.repatria.core.party.PartyId;
import org.repatria.core.reunification.Escort;
import org.repatria.core.reunification.Guardian;

/** A guardian check as stored: the child handed over in {@code tranche}, the guardian and escort, who checked and when. */
public record GuardianRecord(String agreementId, int tranche, PersonRef child, Guardian guardian, Escort escort,
                             PartyId party, String by, Instant at) {
}
