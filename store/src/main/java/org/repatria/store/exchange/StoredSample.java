package org.repatria.store.exchange;

import java.util.List;
import org.repatria.core.party.PartyId;

/** A sample as stored: the party that holds it, its id, the agreement and bag tag it was taken from, its chain so far. */
public record StoredSample(PartyId party, String id, String agreementId, String bodyTag, List<SampleRecord> steps) {
    public StoredSample {
        steps = List.copyOf(steps);
    }
}
