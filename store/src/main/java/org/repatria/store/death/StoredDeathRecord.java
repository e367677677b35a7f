package org.repatria.store.death;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.repatria.core.party.PartyId;

/**
 * A death record on the log: its envelope, the identification it records, its revision (1 first, n + 1 correcting
 * revision n, whose envelope {@code corrects} names), the identifying party, the person's side, who signed and when.
 */
public record StoredDeathRecord(String envelopeId, String identificationId, int revision, Optional<String> corrects,
                                PartyId party, PartyId side, String by, Instant at) {
    public StoredDeathRecord {
        Objects.requireNonNull(envelopeId, "envelopeId");
        Objects.requireNonNull(identificationId, "identificationId");
        Objects.requireNonNull(corrects, "corrects");
        if (revision < 1) {
            throw new IllegalArgumentException("a record's revision counts from 1, not " + revision);
        }
    }
}
