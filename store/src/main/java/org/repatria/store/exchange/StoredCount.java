package org.repatria.store.exchange;

import java.time.Instant;
import java.util.OptionalInt;
import org.repatria.core.party.PartyId;

/** A side's signed count of a tranche at one stage: its figures, the count document's envelope, who stored it, when. */
public record StoredCount(int tranche, String stage, PartyId party, int persons, int bags, OptionalInt samples,
                          String envelopeId, String by, Instant at) {
}
